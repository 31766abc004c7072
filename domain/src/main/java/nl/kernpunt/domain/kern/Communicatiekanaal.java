package nl.kernpunt.domain.kern;

import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** A channel that reaches a kern; {@code bereik} is an estimated number of residents, if known. */
public record Communicatiekanaal(KanaalType type, String naam, Integer bereik) {

    public Communicatiekanaal {
        type = Invoer.nietNull("type", type);
        naam = Invoer.verplicht("naam", naam, 150);
        if (bereik != null && bereik < 0) {
            throw new OngeldigeWaarde("bereik", "buiten-bereik", "mag niet negatief zijn");
        }
    }
}
