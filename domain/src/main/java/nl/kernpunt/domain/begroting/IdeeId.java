package nl.kernpunt.domain.begroting;

import java.util.Objects;
import java.util.UUID;

public record IdeeId(UUID waarde) {

    public IdeeId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static IdeeId nieuw() {
        return new IdeeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
