package nl.kernpunt.domain.kernagenda;

/** Where a theme of the agenda stands: agreed, being worked on (often at an overlegtafel), done, or parked. */
public enum Themastatus {
    AFGESPROKEN, IN_UITVOERING, AFGEROND, GEPARKEERD
}
