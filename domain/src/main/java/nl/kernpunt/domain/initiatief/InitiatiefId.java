package nl.kernpunt.domain.initiatief;

import java.util.Objects;
import java.util.UUID;

public record InitiatiefId(UUID waarde) {

    public InitiatiefId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static InitiatiefId nieuw() {
        return new InitiatiefId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
