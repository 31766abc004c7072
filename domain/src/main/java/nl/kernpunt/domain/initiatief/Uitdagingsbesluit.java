package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The gemeente's decision on a Right to Challenge: the task handed over or not, always with its reasons. */
public record Uitdagingsbesluit(boolean aanvaard, String reden, Instant op, String door) {

    public Uitdagingsbesluit {
        reden = Invoer.verplicht("reden", reden, 2000);
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
    }
}
