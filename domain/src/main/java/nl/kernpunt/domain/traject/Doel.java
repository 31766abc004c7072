package nl.kernpunt.domain.traject;

/** Why residents are involved: support for the plan, a better plan, or both. */
public enum Doel {
    DRAAGVLAK,
    KWALITEIT,
    BEIDE
}
