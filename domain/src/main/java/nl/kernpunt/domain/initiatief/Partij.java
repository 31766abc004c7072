package nl.kernpunt.domain.initiatief;

/** Who keeps an agreement. */
public enum Partij {
    GEMEENTE,
    INITIATIEFNEMERS
}
