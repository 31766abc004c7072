package nl.kernpunt.domain.begroting;

import java.util.Objects;
import java.util.UUID;

public record BegrotingsrondeId(UUID waarde) {

    public BegrotingsrondeId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static BegrotingsrondeId nieuw() {
        return new BegrotingsrondeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
