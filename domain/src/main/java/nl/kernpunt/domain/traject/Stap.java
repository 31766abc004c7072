package nl.kernpunt.domain.traject;

/** The six steps of the guide (Bijlage 1), in order. */
public enum Stap {
    AFWEGING,
    BETROKKENEN,
    NIVEAU,
    COMMUNICATIEPLAN,
    MIDDELEN,
    EVALUATIE
}
