package nl.kernpunt.domain.initiatief;

/** The five steps of the guide for dealing with an initiative, in order. */
public enum Stap {
    KEN_DE_GESCHIEDENIS,
    BEPAAL_JE_HOUDING,
    BEPAAL_JE_ROL,
    ZORG_VOOR_DUIDELIJKHEID,
    EVALUEER_EN_LEER
}
