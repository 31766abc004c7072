package nl.kernpunt.domain.vraag;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a resident's question stands. The term is met by the first procesantwoord or answer;
 * {@code WACHT_OP_INWONER} stops the clock until the resident reacts.
 */
public enum VraagStatus {
    ONTVANGEN,
    DOORGEZET,
    PROCESANTWOORD_GEGEVEN,
    BEANTWOORD,
    WACHT_OP_INWONER,
    GESLOTEN;

    /** The statuses a question may move to from this one (resuming after a pause is not listed: it returns). */
    Set<VraagStatus> volgende() {
        return switch (this) {
            case ONTVANGEN -> EnumSet.of(DOORGEZET, PROCESANTWOORD_GEGEVEN, BEANTWOORD, WACHT_OP_INWONER, GESLOTEN);
            case DOORGEZET -> EnumSet.of(PROCESANTWOORD_GEGEVEN, BEANTWOORD, WACHT_OP_INWONER, GESLOTEN);
            case PROCESANTWOORD_GEGEVEN -> EnumSet.of(DOORGEZET, BEANTWOORD, WACHT_OP_INWONER, GESLOTEN);
            case BEANTWOORD -> EnumSet.of(GESLOTEN);
            case WACHT_OP_INWONER -> EnumSet.of(GESLOTEN);
            case GESLOTEN -> EnumSet.noneOf(VraagStatus.class);
        };
    }

    boolean isAfgehandeld() {
        return this == BEANTWOORD || this == GESLOTEN;
    }

    /** As the contract writes it: {@code wacht-op-inwoner}. */
    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
