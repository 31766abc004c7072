package nl.kernpunt.domain.initiatief;

/** How the gemeente was in contact with an initiative's initiators or a traject's participants. */
public enum Kanaal {
    GESPREK,
    TELEFOON,
    EMAIL,
    BRIEF,
    ANDERS
}
