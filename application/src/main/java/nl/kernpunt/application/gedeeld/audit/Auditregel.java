package nl.kernpunt.application.gedeeld.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One recorded change: who did what to which aggregate, when, with the changed values. Written in
 * the same transaction as the change itself and never altered afterwards, so it holds no personal
 * data: {@code door} is a user's id (the token's subject) or a system's name, never a person's name,
 * and {@code gegevens} name people by role or id only (docs/adr/0018).
 */
public record Auditregel(UUID id, Gemeentecode gemeente, String soort, UUID aggregaat, Instant op,
                         String door, String actie, Map<String, String> gegevens) {

    /** {@code door} of what a resident submitted through the public front door: never the resident's name. */
    public static final String INWONER = "inwoner (openbaar)";

    public Auditregel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(aggregaat, "aggregaat");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(actie, "actie");
        gegevens = Map.copyOf(gegevens);
    }

    public static Auditregel van(Gemeentecode gemeente, String soort, UUID aggregaat, Instant op, String door,
                                 String actie, Map<String, String> gegevens) {
        return new Auditregel(UUID.randomUUID(), gemeente, soort, aggregaat, op, door, actie, gegevens);
    }

    /** A change by a member of staff, who is recorded by their pseudonymous user id, not their name. */
    public static Auditregel van(Gemeentecode gemeente, String soort, UUID aggregaat, Instant op, Gebruiker door,
                                 String actie, Map<String, String> gegevens) {
        return van(gemeente, soort, aggregaat, op, door.id(), actie, gegevens);
    }
}
