package nl.kernpunt.application.gedeeld.toegang;

/** What a member of staff may do; carried in the token's {@code groups} claim. */
public enum Gebruikersrol {
    /** Manages the gemeente's settings and its kernen. */
    BEHEERDER,
    /** Owns the process in one or more kernen. */
    KERNAMBTENAAR,
    /** Any other colleague: reads the gemeente's non-public data. */
    MEDEWERKER
}
