package nl.kernpunt.domain.kernagenda;

import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Invoer;

/** A theme's link to work that carries it out: an initiative, a traject or a meeting of the same gemeente. */
public record Koppeling(Soort soort, UUID id) {

    public enum Soort {
        INITIATIEF, TRAJECT, BIJEENKOMST
    }

    public Koppeling {
        Invoer.nietNull("soort", soort);
        Invoer.nietNull("id", id);
    }
}
