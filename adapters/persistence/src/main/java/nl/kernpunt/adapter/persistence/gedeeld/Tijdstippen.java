package nl.kernpunt.adapter.persistence.gedeeld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mapstruct.Named;

/**
 * Moments as PostgreSQL keeps them: to the microsecond, where a {@link java.time.Clock} may give
 * nanoseconds. The entity mappers truncate before writing, so the entity holds exactly what the
 * database holds and the aggregate returned after a write equals the one read back later.
 * Truncating in Java also avoids PostgreSQL's rounding, which could move a moment forward.
 */
public final class Tijdstippen {

    private Tijdstippen() {
    }

    public static Instant opMicroseconden(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.MICROS);
    }

    /** An optional moment as a nullable column; named, as MapStruct would otherwise prefer {@link Optioneel}. */
    @Named("optioneelMoment")
    public static Instant opMicroseconden(Optional<Instant> moment) {
        return opMicroseconden(moment.orElse(null));
    }

    /** A {@code timestamptz} from a native query, whichever Java type the driver chose for it. */
    public static Instant uitNative(Object waarde) {
        if (waarde == null || waarde instanceof Instant) {
            return (Instant) waarde;
        }
        if (waarde instanceof java.time.OffsetDateTime moment) {
            return moment.toInstant();
        }
        return ((java.sql.Timestamp) waarde).toInstant();
    }
}
