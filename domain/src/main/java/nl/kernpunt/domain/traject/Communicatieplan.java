package nl.kernpunt.domain.traject;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** Step 4: key messages and a calendar of milestones. */
public record Communicatieplan(List<String> kernboodschappen, List<Mijlpaal> mijlpalen) {

    public Communicatieplan {
        kernboodschappen = Invoer.lijst("kernboodschappen", kernboodschappen, 20).stream()
                .map(boodschap -> Invoer.verplicht("kernboodschappen", boodschap, 1000)).toList();
        mijlpalen = Invoer.lijst("mijlpalen", mijlpalen, 100);
        if (kernboodschappen.isEmpty()) {
            throw new OngeldigeWaarde("kernboodschappen", "verplicht", "noem ten minste één kernboodschap");
        }
    }
}
