package nl.kernpunt.domain.subsidie;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Buren's three schemes [004 B3, B6; 000 §3.2], which every gemeente starts with, with Buren's
 * amounts. Their codes are the schemes' codes; the rules written here (the street event, the
 * leefbaarheidsbudget's criteria, the college's decision) are what a default scheme has beyond the
 * data every scheme has (docs/adr/0029).
 */
public enum Regelingsoort {
    LEEFBAARHEIDSBUDGET("Leefbaarheidsbudget", Budgetsoort.PER_KERN_PER_JAAR, Bedrag.euro(2000), List.of()),
    /** Pays for organising, not for food, drink, crockery or a barbecue [004 D]. */
    STRAATBIJEENKOMST("Bijdrage straat-/buurtbijeenkomst", Budgetsoort.VAST_BEDRAG, Bedrag.euro(100), List.of(
            new UitgeslotenKosten(Kostensoort.ETEN, "de bijdrage betaalt het organiseren, geen eten"),
            new UitgeslotenKosten(Kostensoort.DRINKEN, "de bijdrage betaalt het organiseren, geen drinken"),
            new UitgeslotenKosten(Kostensoort.SERVIES, "de bijdrage betaalt het organiseren, geen servies"),
            new UitgeslotenKosten(Kostensoort.BARBECUE, "de bijdrage betaalt het organiseren, geen barbecue"))),
    /** One-off initiatives the college decides on. */
    BIJZONDERE_INITIATIEVEN("Bijzondere initiatieven", Budgetsoort.PER_GEMEENTE_PER_JAAR, Bedrag.euro(5000), List.of());

    private final String standaardNaam;
    private final Budgetsoort budgetsoort;
    private final Bedrag standaardBedrag;
    private final List<UitgeslotenKosten> uitgeslotenKosten;
    private final Regelingcode code;

    Regelingsoort(String standaardNaam, Budgetsoort budgetsoort, Bedrag standaardBedrag,
                  List<UitgeslotenKosten> uitgeslotenKosten) {
        this.standaardNaam = standaardNaam;
        this.budgetsoort = budgetsoort;
        this.standaardBedrag = standaardBedrag;
        this.uitgeslotenKosten = uitgeslotenKosten;
        this.code = new Regelingcode(name().toLowerCase().replace('_', '-'));
    }

    public static Optional<Regelingsoort> van(Regelingcode code) {
        return Arrays.stream(values()).filter(soort -> soort.code.equals(code)).findFirst();
    }

    public String standaardNaam() {
        return standaardNaam;
    }

    public Budgetsoort budgetsoort() {
        return budgetsoort;
    }

    /** Buren's amount: the cap, or for a fixed contribution the contribution. */
    public Bedrag standaardBedrag() {
        return standaardBedrag;
    }

    public List<UitgeslotenKosten> uitgeslotenKosten() {
        return uitgeslotenKosten;
    }

    /** The default scheme's code, as the contract writes it: {@code bijzondere-initiatieven}. */
    public Regelingcode code() {
        return code;
    }
}
