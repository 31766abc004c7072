package nl.kernpunt.domain.subsidie;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three kinds of grant scheme Buren has [004 B3, B6; 000 §3.2]; every gemeente gets them, with
 * Buren's amounts as the defaults. Each gemeente has at most one scheme of each kind.
 */
public enum Regelingsoort {
    LEEFBAARHEIDSBUDGET("Leefbaarheidsbudget", Budgetsoort.PER_KERN_PER_JAAR, Bedrag.euro(2000),
            EnumSet.noneOf(Kostensoort.class)),
    /** Pays for organising, not for food, drink, crockery or a barbecue. */
    STRAATBIJEENKOMST("Bijdrage straat-/buurtbijeenkomst", Budgetsoort.VAST_BEDRAG, Bedrag.euro(100),
            EnumSet.of(Kostensoort.ETEN, Kostensoort.DRINKEN, Kostensoort.SERVIES, Kostensoort.BARBECUE)),
    /** One-off initiatives the college decides on. */
    BIJZONDERE_INITIATIEVEN("Bijzondere initiatieven", Budgetsoort.PER_GEMEENTE_PER_JAAR, Bedrag.euro(5000),
            EnumSet.noneOf(Kostensoort.class));

    private final String standaardNaam;
    private final Budgetsoort budgetsoort;
    private final Bedrag standaardBedrag;
    private final Set<Kostensoort> uitgeslotenKosten;

    Regelingsoort(String standaardNaam, Budgetsoort budgetsoort, Bedrag standaardBedrag,
                  Set<Kostensoort> uitgeslotenKosten) {
        this.standaardNaam = standaardNaam;
        this.budgetsoort = budgetsoort;
        this.standaardBedrag = standaardBedrag;
        this.uitgeslotenKosten = uitgeslotenKosten;
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

    public boolean sluitUit(Kostensoort kostensoort) {
        return uitgeslotenKosten.contains(kostensoort);
    }

    /** As the contract writes it: {@code bijzondere-initiatieven}. */
    public String extern() {
        return name().toLowerCase().replace('_', '-');
    }
}
