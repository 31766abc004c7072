package nl.kernpunt.domain.traject;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** One milestone of the communication calendar. */
public record Mijlpaal(LocalDate datum, String doel, String deelnemers, String rollen, String middelen) {

    public Mijlpaal {
        Invoer.nietNull("datum", datum);
        doel = Invoer.verplicht("doel", doel, 2000);
        deelnemers = Invoer.optioneel("deelnemers", deelnemers, 2000);
        rollen = Invoer.optioneel("rollen", rollen, 2000);
        middelen = Invoer.optioneel("middelen", middelen, 2000);
    }
}
