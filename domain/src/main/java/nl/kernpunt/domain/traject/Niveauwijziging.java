package nl.kernpunt.domain.traject;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** One change of a traject's level; {@code van} is null when the level was first set (step 3). */
public record Niveauwijziging(Participatieniveau van, Participatieniveau naar, Instant op, String door, String reden) {

    public Niveauwijziging {
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
        reden = Invoer.verplicht("reden", reden, 2000);
    }
}
