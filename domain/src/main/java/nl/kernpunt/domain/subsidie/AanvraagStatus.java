package nl.kernpunt.domain.subsidie;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands: decided once (granted or refused), and a grant is paid once. */
public enum AanvraagStatus {
    INGEDIEND,
    TOEGEKEND,
    AFGEWEZEN,
    UITBETAALD;

    public Set<AanvraagStatus> volgende() {
        return switch (this) {
            case INGEDIEND -> EnumSet.of(TOEGEKEND, AFGEWEZEN);
            case TOEGEKEND -> EnumSet.of(UITBETAALD);
            case AFGEWEZEN, UITBETAALD -> EnumSet.noneOf(AanvraagStatus.class);
        };
    }

    public String extern() {
        return name().toLowerCase();
    }
}
