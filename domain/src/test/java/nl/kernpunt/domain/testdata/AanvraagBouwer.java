package nl.kernpunt.domain.testdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Criterium;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/** {@code eenAanvraag().voor(initiatief).regeling(STRAATBIJEENKOMST).regel(GELUID, 60).bouw(klok)}. */
public final class AanvraagBouwer {

    private Initiatief initiatief;
    private Subsidieregeling regeling;
    private Regelingsoort soort = Regelingsoort.LEEFBAARHEIDSBUDGET;
    private KernBouwer kern = KernBouwer.eenKern();
    private int jaar = 2026;
    private final List<Begrotingsregel> begroting = new ArrayList<>();
    private Straatbijeenkomst bijeenkomst;

    private AanvraagBouwer() {
    }

    public static AanvraagBouwer eenAanvraag() {
        return new AanvraagBouwer();
    }

    /** All four criteria of the leefbaarheidsbudget, met. */
    public static List<Criteriumoordeel> alleCriteriaVoldaan() {
        return java.util.Arrays.stream(Criterium.values())
                .map(c -> new Criteriumoordeel(c, true, "besproken met de dorpsraad")).toList();
    }

    private String ontvanger;

    public AanvraagBouwer voor(Initiatief initiatief) {
        this.initiatief = initiatief;
        return this;
    }

    /** One of the gemeente's own schemes instead of a default. */
    public AanvraagBouwer regeling(Subsidieregeling eigen) {
        this.regeling = eigen;
        return this;
    }

    /** The register of the initiative's kern, for a per-recipient allowance. */
    public AanvraagBouwer inKern(KernBouwer kern) {
        this.kern = kern;
        return this;
    }

    public AanvraagBouwer regeling(Regelingsoort regeling) {
        this.soort = regeling;
        if (regeling == Regelingsoort.STRAATBIJEENKOMST && bijeenkomst == null) {
            bijeenkomst = new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen", LocalDate.of(2026, 6, 21), true);
        }
        return this;
    }

    public AanvraagBouwer bijeenkomst(Straatbijeenkomst bijeenkomst) {
        this.bijeenkomst = bijeenkomst;
        return this;
    }

    public AanvraagBouwer ontvanger(String ontvanger) {
        this.ontvanger = ontvanger;
        return this;
    }

    public AanvraagBouwer jaar(int jaar) {
        this.jaar = jaar;
        return this;
    }

    public AanvraagBouwer regel(Kostensoort categorie, long euro) {
        begroting.add(new Begrotingsregel("Kosten " + categorie.extern(), categorie, Bedrag.euro(euro)));
        return this;
    }

    public Subsidieaanvraag bouw(Clock klok) {
        List<Begrotingsregel> regels = begroting.isEmpty()
                ? List.of(new Begrotingsregel("Materiaal", Kostensoort.MATERIAAL, Bedrag.euro(500)))
                : begroting;
        Initiatief voor = initiatief == null ? InitiatiefBouwer.eenInitiatief().bouw(klok) : initiatief;
        Subsidieregeling onder = regeling == null
                ? Subsidieregeling.standaard(voor.getGemeente(), soort, klok) : regeling;
        return Subsidieaanvraag.vraagAan(voor, kern.bouw(voor.getKern(), klok), onder, jaar, ontvanger, "Een middag samen klussen.",
                regels, bijeenkomst, klok);
    }
}
