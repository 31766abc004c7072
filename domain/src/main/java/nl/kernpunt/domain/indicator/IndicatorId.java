package nl.kernpunt.domain.indicator;

import java.util.Objects;
import java.util.UUID;

public record IndicatorId(UUID waarde) {

    public IndicatorId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static IndicatorId nieuw() {
        return new IndicatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
