package nl.kernpunt.domain.bijeenkomst;

import java.util.Objects;
import java.util.UUID;

public record BijeenkomstId(UUID waarde) {

    public BijeenkomstId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static BijeenkomstId nieuw() {
        return new BijeenkomstId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
