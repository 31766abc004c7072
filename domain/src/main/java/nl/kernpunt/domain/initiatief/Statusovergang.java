package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import java.util.Objects;

/** One step of the lifecycle as it happened; {@code van} is null for the submission itself. */
public record Statusovergang(InitiatiefStatus van, InitiatiefStatus naar, Instant op, String door, String reden) {

    public Statusovergang {
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
    }
}
