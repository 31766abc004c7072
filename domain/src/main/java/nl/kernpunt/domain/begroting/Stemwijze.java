package nl.kernpunt.domain.begroting;

/**
 * How residents vote in a round: for as many accepted ideas as they like (approval voting), or for
 * ideas whose costs together fit the round's amount (knapsack voting).
 */
public enum Stemwijze {
    GOEDKEURING,
    BINNEN_BEDRAG;

    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
