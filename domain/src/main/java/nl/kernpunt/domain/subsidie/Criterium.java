package nl.kernpunt.domain.subsidie;

/** The leefbaarheidsbudget's criteria [004 B3]; each is judged yes or no with a note. */
public enum Criterium {
    /** A positive effect on the social or physical living environment, and on meeting and connection. */
    EFFECT_OP_LEEFOMGEVING,
    /** Aimed at several residents. */
    MEERDERE_BEWONERS,
    /** Support in the street, neighbourhood or kern. */
    DRAAGVLAK,
    /** Accessible to all residents of that area. */
    TOEGANKELIJK;

    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
