package nl.kernpunt.domain.begroting;

/** Staff's feasibility judgement of a residents' idea; only accepted ideas are on the ballot. */
public enum Ideestatus {
    INGEDIEND,
    AANVAARD,
    AFGEWEZEN;

    public String extern() {
        return name().toLowerCase();
    }
}
