package nl.kernpunt.domain.subsidie;

import java.util.Objects;
import java.util.UUID;

public record AanvraagId(UUID waarde) {

    public AanvraagId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static AanvraagId nieuw() {
        return new AanvraagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
