package nl.kernpunt.domain.bijeenkomst;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The feedback to the participants on what was done with their input: when, how and what. */
public record Terugkoppeling(LocalDate datum, String wijze, String samenvatting, String door) {

    public Terugkoppeling {
        Invoer.nietNull("datum", datum);
        wijze = Invoer.verplicht("wijze", wijze, 200);
        samenvatting = Invoer.verplicht("samenvatting", samenvatting, 4000);
    }
}
