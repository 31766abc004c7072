package nl.kernpunt.domain.traject;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** Step 2: who is involved, the council's role, and which groups are still missing ("dé inwoner bestaat niet"). */
public record Betrokkenen(List<Actor> actoren, String rolGemeenteraad, List<String> ontbrekendeGroepen) {

    public Betrokkenen {
        actoren = Invoer.lijst("actoren", actoren, 100);
        rolGemeenteraad = Invoer.verplicht("rolGemeenteraad", rolGemeenteraad, 2000);
        ontbrekendeGroepen = Invoer.lijst("ontbrekendeGroepen", ontbrekendeGroepen, 50).stream()
                .map(groep -> Invoer.verplicht("ontbrekendeGroepen", groep, 200)).toList();
        if (actoren.isEmpty()) {
            throw new OngeldigeWaarde("actoren", "verplicht", "noem ten minste één actor");
        }
    }
}
