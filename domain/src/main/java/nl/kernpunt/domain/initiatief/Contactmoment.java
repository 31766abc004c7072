package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** Terugkoppeling: one contact with the initiators, as the member of staff recorded it. */
public record Contactmoment(Instant op, Kanaal kanaal, String samenvatting, String door) {

    public Contactmoment {
        Invoer.nietNull("op", op);
        Invoer.nietNull("kanaal", kanaal);
        samenvatting = Invoer.verplicht("samenvatting", samenvatting, 2000);
        Objects.requireNonNull(door, "door");
    }
}
