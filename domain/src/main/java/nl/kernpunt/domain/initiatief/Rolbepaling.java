package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** A decision on the Rol, taken in the phase (status) the initiative was in; the last one counts. */
public record Rolbepaling(Rol rol, InitiatiefStatus fase, String reden, Instant op, String door) {

    public Rolbepaling {
        Invoer.nietNull("rol", rol);
        Objects.requireNonNull(fase, "fase");
        reden = Invoer.verplicht("reden", reden, 2000);
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
    }
}
