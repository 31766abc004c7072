package nl.kernpunt.domain.initiatief;

/** How the gemeente was in contact with the initiators. */
public enum Kanaal {
    GESPREK,
    TELEFOON,
    EMAIL,
    BRIEF,
    ANDERS
}
