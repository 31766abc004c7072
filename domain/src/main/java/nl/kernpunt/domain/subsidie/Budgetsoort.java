package nl.kernpunt.domain.subsidie;

/** How a scheme's money is bounded. */
public enum Budgetsoort {
    /** A cap per kern per calendar year (the leefbaarheidsbudget). */
    PER_KERN_PER_JAAR,
    /** A cap for the whole gemeente per calendar year (bijzondere initiatieven). */
    PER_GEMEENTE_PER_JAAR,
    /** A fixed contribution per application, without a yearly cap (straat-/buurtbijeenkomst). */
    VAST_BEDRAG,
    /** A yearly allowance for each recipient of the scheme's {@link Ontvangersoort} [000 §3.2.2; 004 D4]. */
    PER_ONTVANGER_PER_JAAR
}
