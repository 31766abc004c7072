package nl.kernpunt.domain.subsidie;

/** The category of a budget line; some schemes refuse some categories. */
public enum Kostensoort {
    ORGANISATIE,
    GELUID,
    DECORATIE,
    SPELLEN,
    PRIJZEN,
    MATERIAAL,
    HUUR,
    COMMUNICATIE,
    ETEN,
    DRINKEN,
    SERVIES,
    BARBECUE,
    OVERIG;

    public String extern() {
        return name().toLowerCase();
    }
}
