package nl.kernpunt.domain.initiatief;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an initiative stands. The transition table lives here, so the one place that says which
 * step may follow which is also the one the tests read.
 */
public enum InitiatiefStatus {
    INGEDIEND,
    IN_BEHANDELING,
    ROL_BEPAALD,
    IN_UITVOERING,
    AFGEROND,
    AFGEWEZEN,
    INGETROKKEN;

    /** The statuses that may follow this one; empty for a final status. */
    public Set<InitiatiefStatus> volgende() {
        return switch (this) {
            case INGEDIEND -> EnumSet.of(IN_BEHANDELING, AFGEWEZEN, INGETROKKEN);
            case IN_BEHANDELING -> EnumSet.of(ROL_BEPAALD, AFGEWEZEN, INGETROKKEN);
            case ROL_BEPAALD -> EnumSet.of(IN_UITVOERING, INGETROKKEN);
            case IN_UITVOERING -> EnumSet.of(AFGEROND, INGETROKKEN);
            case AFGEROND, AFGEWEZEN, INGETROKKEN -> EnumSet.noneOf(InitiatiefStatus.class);
        };
    }

    public boolean magNaar(InitiatiefStatus naar) {
        return volgende().contains(naar);
    }

    /** Still running: it can be silent, and the gemeente owes the initiators contact. */
    public boolean isOpen() {
        return !volgende().isEmpty();
    }

    /** As the contract writes it: {@code in-behandeling}. */
    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
