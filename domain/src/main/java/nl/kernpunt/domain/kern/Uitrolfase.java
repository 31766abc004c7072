package nl.kernpunt.domain.kern;

/** The three phases in which Buren rolls out kerngericht werken per kern (Uitvoeringsplan, E). */
public enum Uitrolfase {
    /** The kernambtenaar maps what is going on and who the active groups are. */
    BEGINSITUATIE,
    /** Introducing the way of working, with a startbijeenkomst. */
    STARTEN,
    /** The kernambtenaar is a known face and the kern works this way. */
    UITVOEREN
}
