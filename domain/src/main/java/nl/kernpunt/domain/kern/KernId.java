package nl.kernpunt.domain.kern;

import java.util.Objects;
import java.util.UUID;

public record KernId(UUID waarde) {

    public KernId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static KernId nieuw() {
        return new KernId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
