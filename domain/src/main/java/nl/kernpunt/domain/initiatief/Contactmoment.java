package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** Terugkoppeling: one contact with an initiative's initiators or a traject's participants, as staff recorded it. */
public record Contactmoment(Instant op, Kanaal kanaal, String samenvatting, String door) {

    public Contactmoment {
        Invoer.nietNull("op", op);
        Invoer.nietNull("kanaal", kanaal);
        samenvatting = Invoer.verplicht("samenvatting", samenvatting, 2000);
        Objects.requireNonNull(door, "door");
    }
}
