package nl.kernpunt.application.gedeeld.verwijdering;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A tombstone: resource {@code resource} of kind {@code soort} left the view of the gemeente's
 * integrators at {@code op}, for {@code reden}. It holds no personal data by construction: kinds,
 * ids, a reason and a moment only.
 *
 * @param id the tombstone's own id, which orders tombstones of one moment
 */
public record Verwijdering(UUID id, Gemeentecode gemeente, Resourcesoort soort, UUID resource, Verwijderreden reden,
                           Instant op) {

    public Verwijdering {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(op, "op");
    }

    /** A new tombstone with a fresh id. */
    public static Verwijdering van(Gemeentecode gemeente, Resourcesoort soort, UUID resource, Verwijderreden reden,
                                   Instant op) {
        return new Verwijdering(UUID.randomUUID(), gemeente, soort, resource, reden, op);
    }
}
