package nl.kernpunt.application.gedeeld.verwijdering;

/** The kinds of resource an integrator keeps a copy of: one per list with {@code updatedSince}. */
public enum Resourcesoort {
    KERN,
    INITIATIEF,
    PARTICIPATIETRAJECT,
    VRAAG,
    BIJEENKOMST,
    INDICATOR,
    SUBSIDIEAANVRAAG
}
