package nl.kernpunt.domain.vraag;

import java.util.Objects;
import java.util.UUID;

public record VraagId(UUID waarde) {

    public VraagId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static VraagId nieuw() {
        return new VraagId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
