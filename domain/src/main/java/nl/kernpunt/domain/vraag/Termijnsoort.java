package nl.kernpunt.domain.vraag;

/** How a gemeente counts its answer term. */
public enum Termijnsoort {
    /** Every day counts (Buren: "binnen een week"). */
    KALENDERDAGEN,
    /** Saturdays, Sundays and public holidays do not count. */
    WERKDAGEN
}
