package nl.kernpunt.domain.initiatief;

/**
 * Where a Right to Challenge stands (000 §3.2.5; 004: residents take over a task of the gemeente
 * "als zij denken dat het anders, beter, slimmer en/of goedkoper kan"): submitted with the
 * initiative, assessed while the initiative is in behandeling, then accepted or refused.
 */
public enum Uitdagingsfase {
    INGEDIEND,
    IN_BEOORDELING,
    AANVAARD,
    AFGEWEZEN;

    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
