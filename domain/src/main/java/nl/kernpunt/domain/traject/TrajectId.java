package nl.kernpunt.domain.traject;

import java.util.Objects;
import java.util.UUID;

public record TrajectId(UUID waarde) {

    public TrajectId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static TrajectId nieuw() {
        return new TrajectId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
