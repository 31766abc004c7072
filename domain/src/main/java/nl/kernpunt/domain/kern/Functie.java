package nl.kernpunt.domain.kern;

/** The two positions every kern has; who held them is never forgotten. */
public enum Functie {
    /** The civil servant who owns the process and is the residents' single point of contact. */
    KERNAMBTENAAR,
    /** The alderman who is the face of the board for this kern. */
    KERNWETHOUDER
}
