package nl.kernpunt.domain.subsidie;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * An application for a grant under one scheme, belonging to an initiative, with its budget. It is
 * decided once (granted for at most what was asked, or refused with a motivation) and a grant is
 * paid once. Whether the pot still holds the amount is not this aggregate's to know: the repository
 * enforces the cap atomically (see {@link Budgetpot}).
 */
public final class Subsidieaanvraag {

    private static final int MAX_REGELS = 50;

    private final AanvraagId id;
    private final Gemeentecode gemeente;
    private final InitiatiefId initiatief;
    private final KernId kern;
    private final Regelingcode regeling;
    private final String ontvanger;
    private final int jaar;
    private final String omschrijving;
    private final List<Begrotingsregel> begroting;
    private final Straatbijeenkomst bijeenkomst;
    private AanvraagStatus status;
    private List<Criteriumoordeel> criteria;
    private List<Doeltoetsantwoord> doeltoets;
    private Bedrag toegekendBedrag;
    private String motivering;
    private Collegebesluit collegebesluit;
    private Instant besluitOp;
    private String besluitDoor;
    private Instant uitbetaaldOp;
    private String uitbetaaldDoor;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Subsidieaanvraag(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.gemeente = Objects.requireNonNull(b.gemeente, "gemeente");
        this.initiatief = Objects.requireNonNull(b.initiatief, "initiatief");
        this.kern = Objects.requireNonNull(b.kern, "kern");
        this.regeling = Objects.requireNonNull(b.regeling, "regeling");
        this.ontvanger = b.ontvanger;
        this.jaar = b.jaar;
        this.omschrijving = b.omschrijving;
        this.begroting = List.copyOf(b.begroting);
        this.bijeenkomst = b.bijeenkomst;
        this.status = Objects.requireNonNull(b.status, "status");
        this.criteria = List.copyOf(b.criteria);
        this.doeltoets = List.copyOf(b.doeltoets);
        this.toegekendBedrag = b.toegekendBedrag;
        this.motivering = b.motivering;
        this.collegebesluit = b.collegebesluit;
        this.besluitOp = b.besluitOp;
        this.besluitDoor = b.besluitDoor;
        this.uitbetaaldOp = b.uitbetaaldOp;
        this.uitbetaaldDoor = b.uitbetaaldDoor;
        this.aangemaaktOp = b.aangemaaktOp;
        this.gewijzigdOp = b.gewijzigdOp;
        this.versie = b.versie;
    }

    /**
     * A new application for an open initiative, in its kern, for the budget year asked or, for a
     * street event, the event's year (see {@link Begrotingsjaar}). A straatbijeenkomst needs its event, open to all residents of the
     * area, and no budget line the scheme refuses.
     */
    public static Subsidieaanvraag vraagAan(Initiatief initiatief, Kern kern, Subsidieregeling regeling,
                                            Integer gevraagdJaar, String omschrijving, List<Begrotingsregel> begroting,
                                            Straatbijeenkomst bijeenkomst, Clock klok) {
        return vraagAan(initiatief, kern, regeling, gevraagdJaar, null, omschrijving, begroting, bijeenkomst, klok);
    }

    /**
     * As above, naming the recipient where the scheme pays each organisation of the kern its own
     * allowance ({@code ontvanger}: an organisation of the kern's register, case-insensitive; the
     * application keeps the name as the register writes it).
     */
    public static Subsidieaanvraag vraagAan(Initiatief initiatief, Kern kern, Subsidieregeling regeling,
                                            Integer gevraagdJaar, String ontvanger, String omschrijving,
                                            List<Begrotingsregel> begroting, Straatbijeenkomst bijeenkomst, Clock klok) {
        if (!initiatief.getStatus().isOpen()) {
            throw new RegelGeschonden("initiatief-afgesloten", "initiatief " + initiatief.getId() + " is "
                    + initiatief.getStatus().extern() + "; een subsidie aanvragen kan alleen voor een open initiatief");
        }
        if (!initiatief.getKern().equals(kern.getId())) {
            throw new IllegalArgumentException("De kern " + kern.getId() + " is niet die van het initiatief");
        }
        boolean straat = regeling.is(Regelingsoort.STRAATBIJEENKOMST);
        int jaar = straat && bijeenkomst != null
                ? Begrotingsjaar.vanBijeenkomst(gevraagdJaar, bijeenkomst.datum(), klok)
                : Begrotingsjaar.kies(gevraagdJaar, klok);
        List<Begrotingsregel> regels = Invoer.lijst("begroting", begroting, MAX_REGELS);
        if (regels.isEmpty()) {
            throw new OngeldigeWaarde("begroting", "verplicht", "moet minstens een regel bevatten");
        }
        if (straat) {
            vereisGeldigeBijeenkomst(bijeenkomst);
        } else if (bijeenkomst != null) {
            throw new OngeldigeWaarde("bijeenkomst", "niet-van-toepassing",
                    "hoort alleen bij de regeling straatbijeenkomst");
        }
        String geldigeOntvanger = regeling.vereisAanvraagbaar(kern, ontvanger, regels);
        Instant nu = klok.instant();
        Builder b = new Builder();
        b.id = AanvraagId.nieuw();
        b.gemeente = initiatief.getGemeente();
        b.initiatief = initiatief.getId();
        b.kern = initiatief.getKern();
        b.regeling = regeling.getCode();
        b.ontvanger = geldigeOntvanger;
        b.jaar = jaar;
        b.omschrijving = Invoer.verplicht("omschrijving", omschrijving, 2000);
        b.begroting = regels;
        b.bijeenkomst = bijeenkomst;
        b.status = AanvraagStatus.INGEDIEND;
        b.aangemaaktOp = nu;
        b.gewijzigdOp = nu;
        return new Subsidieaanvraag(b);
    }

    private static void vereisGeldigeBijeenkomst(Straatbijeenkomst bijeenkomst) {
        if (bijeenkomst == null) {
            throw new OngeldigeWaarde("bijeenkomst", "verplicht", "een straatbijeenkomst noemt straat, activiteit, doelgroep en datum");
        }
        if (!bijeenkomst.openVoorAlleBewoners()) {
            throw new RegelGeschonden("bijeenkomst-niet-openbaar",
                    "een straat- of buurtbijeenkomst moet open zijn voor alle bewoners van de straat of buurt");
        }
    }

    public static Subsidieaanvraag reconstitute(AanvraagId id, Gemeentecode gemeente, InitiatiefId initiatief,
                                                KernId kern, Regelingcode regeling, String ontvanger, int jaar,
                                                String omschrijving,
                                                List<Begrotingsregel> begroting, Straatbijeenkomst bijeenkomst,
                                                AanvraagStatus status, List<Criteriumoordeel> criteria,
                                                List<Doeltoetsantwoord> doeltoets, Bedrag toegekendBedrag, String motivering,
                                                Collegebesluit collegebesluit, Instant besluitOp, String besluitDoor,
                                                Instant uitbetaaldOp, String uitbetaaldDoor, Instant aangemaaktOp,
                                                Instant gewijzigdOp, long versie) {
        Builder b = new Builder();
        b.id = id;
        b.gemeente = gemeente;
        b.initiatief = initiatief;
        b.kern = kern;
        b.regeling = regeling;
        b.ontvanger = ontvanger;
        b.jaar = jaar;
        b.omschrijving = omschrijving;
        b.begroting = begroting;
        b.bijeenkomst = bijeenkomst;
        b.status = status;
        b.criteria = criteria;
        b.doeltoets = doeltoets;
        b.toegekendBedrag = toegekendBedrag;
        b.motivering = motivering;
        b.collegebesluit = collegebesluit;
        b.besluitOp = besluitOp;
        b.besluitDoor = besluitDoor;
        b.uitbetaaldOp = uitbetaaldOp;
        b.uitbetaaldDoor = uitbetaaldDoor;
        b.aangemaaktOp = aangemaaktOp;
        b.gewijzigdOp = gewijzigdOp;
        b.versie = versie;
        return new Subsidieaanvraag(b);
    }

    /** The total of the budget: the most a grant may be. */
    public Bedrag aangevraagd() {
        return begroting.stream().map(Begrotingsregel::bedrag).reduce(Bedrag.NUL, Bedrag::plus);
    }

    /**
     * Grants {@code bedrag}: at most what was asked and, for a fixed contribution, at most the
     * scheme's amount. The leefbaarheidsbudget needs every criterion judged and met; bijzondere
     * initiatieven need the college's decision; a scheme with a purpose test needs it answered and
     * met (see {@link Doeltoets}). A street event gets one contribution a year:
     * {@code eerderToegekend} are the events already granted in its street and budget year. The
     * caller reserves the amount in the pot.
     */
    public void kenToe(Bedrag bedrag, List<Criteriumoordeel> oordelen, List<Doeltoetsantwoord> antwoorden,
                       Collegebesluit besluit, Subsidieregeling regelingNu, List<Straatbijeenkomst> eerderToegekend,
                       String door, Clock klok) {
        vereisOvergang(AanvraagStatus.TOEGEKEND);
        Bedrag.positief("bedrag", bedrag);
        if (bedrag.isMeerDan(aangevraagd())) {
            throw new RegelGeschonden("bedrag-boven-aangevraagd",
                    "het toegekende bedrag " + bedrag + " is meer dan het aangevraagde " + aangevraagd());
        }
        if (regelingNu.getBudgetsoort() == Budgetsoort.VAST_BEDRAG && bedrag.isMeerDan(regelingNu.getBedrag())) {
            throw new RegelGeschonden("bedrag-boven-regeling",
                    "de bijdrage is hoogstens " + regelingNu.getBedrag());
        }
        List<Criteriumoordeel> geldigeOordelen = Invoer.lijst("criteria", oordelen, Criterium.values().length);
        if (is(Regelingsoort.LEEFBAARHEIDSBUDGET)) {
            vereisAlleCriteriaVoldaan(geldigeOordelen);
        }
        List<Doeltoetsantwoord> geldigeAntwoorden = regelingNu.getDoeltoets().vereisVoldaan(antwoorden);
        vereisCollegebesluit(besluit);
        vereisEersteBijdrageDitJaar(eerderToegekend);
        this.toegekendBedrag = bedrag;
        besloten(AanvraagStatus.TOEGEKEND, geldigeOordelen, geldigeAntwoorden, null, besluit, door, klok);
    }

    /**
     * Grants what was asked because the kern's residents chose it in a budget round (docs/adr/0022):
     * their vote divides the leefbaarheidsbudget, as the scheme allows, and staff judged the idea's
     * feasibility before the vote, so no criteria are judged here. The caller reserves the amount.
     */
    public void kenToeDoorBewoners(String reden, String door, Clock klok) {
        vereisOvergang(AanvraagStatus.TOEGEKEND);
        if (!is(Regelingsoort.LEEFBAARHEIDSBUDGET)) {
            throw new IllegalStateException("Bewoners verdelen alleen het leefbaarheidsbudget: " + regeling);
        }
        this.toegekendBedrag = aangevraagd();
        besloten(AanvraagStatus.TOEGEKEND, List.of(), List.of(), Invoer.verplicht("motivering", reden, 2000), null, door, klok);
    }

    /**
     * Refuses the application; a refusal is argued ("nee is ook een antwoord, mits goed beargumenteerd"),
     * and may record the answers to the scheme's purpose test that led to it.
     */
    public void wijsAf(String reden, List<Criteriumoordeel> oordelen, List<Doeltoetsantwoord> antwoorden,
                       Collegebesluit besluit, Subsidieregeling regelingNu, String door, Clock klok) {
        vereisOvergang(AanvraagStatus.AFGEWEZEN);
        String geldigeReden = Invoer.optioneel("motivering", reden, 2000);
        if (geldigeReden == null) {
            throw new RegelGeschonden("afwijzing-zonder-motivering",
                    "een aanvraag afwijzen kan alleen met een motivering");
        }
        List<Criteriumoordeel> geldigeOordelen = Invoer.lijst("criteria", oordelen, Criterium.values().length);
        vereisUniekeCriteria(geldigeOordelen);
        List<Doeltoetsantwoord> geldigeAntwoorden = regelingNu.getDoeltoets().vereisBekend(antwoorden);
        vereisCollegebesluit(besluit);
        besloten(AanvraagStatus.AFGEWEZEN, geldigeOordelen, geldigeAntwoorden, geldigeReden, besluit, door, klok);
    }

    /** Records that the granted amount was paid. */
    public void betaalUit(String door, Clock klok) {
        vereisOvergang(AanvraagStatus.UITBETAALD);
        Instant nu = klok.instant();
        this.status = AanvraagStatus.UITBETAALD;
        this.uitbetaaldOp = nu;
        this.uitbetaaldDoor = door;
        this.gewijzigdOp = nu;
    }

    /** Bijzondere initiatieven are the college's to decide; the others are the gemeente's staff's. */
    public boolean vraagtCollegebesluit() {
        return is(Regelingsoort.BIJZONDERE_INITIATIEVEN);
    }

    private boolean is(Regelingsoort soort) {
        return soort.code().equals(regeling);
    }

    private void besloten(AanvraagStatus naar, List<Criteriumoordeel> oordelen, List<Doeltoetsantwoord> antwoorden,
                          String reden, Collegebesluit besluit, String door, Clock klok) {
        Instant nu = klok.instant();
        this.status = naar;
        this.criteria = oordelen;
        this.doeltoets = antwoorden;
        this.motivering = reden;
        this.collegebesluit = besluit;
        this.besluitOp = nu;
        this.besluitDoor = door;
        this.gewijzigdOp = nu;
    }

    private void vereisOvergang(AanvraagStatus naar) {
        if (!status.volgende().contains(naar)) {
            throw new RegelGeschonden("aanvraag-ongeldige-overgang",
                    "een aanvraag met status " + status.extern() + " kan niet naar " + naar.extern());
        }
    }

    private void vereisEersteBijdrageDitJaar(List<Straatbijeenkomst> eerderToegekend) {
        if (bijeenkomst != null && eerderToegekend.stream().anyMatch(bijeenkomst::isZelfdeAls)) {
            throw new RegelGeschonden("bijeenkomst-al-gesubsidieerd", "deze activiteit of doelgroep in "
                    + bijeenkomst.straatOfBuurt() + " kreeg in " + jaar
                    + " al een bijdrage; dat kan een keer per kalenderjaar");
        }
    }

    private void vereisCollegebesluit(Collegebesluit besluit) {
        if (vraagtCollegebesluit() && besluit == null) {
            throw new RegelGeschonden("collegebesluit-ontbreekt",
                    "over bijzondere initiatieven beslist het college: noem kenmerk en datum van het collegebesluit");
        }
        if (!vraagtCollegebesluit() && besluit != null) {
            throw new OngeldigeWaarde("collegebesluit", "niet-van-toepassing",
                    "hoort alleen bij de regeling bijzondere initiatieven");
        }
    }

    private static void vereisAlleCriteriaVoldaan(List<Criteriumoordeel> oordelen) {
        vereisUniekeCriteria(oordelen);
        Set<Criterium> beoordeeld = oordelen.stream().map(Criteriumoordeel::criterium)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Criterium.class)));
        if (beoordeeld.size() < Criterium.values().length) {
            throw new RegelGeschonden("criteria-onvolledig",
                    "beoordeel alle criteria van het leefbaarheidsbudget voordat u toekent");
        }
        if (oordelen.stream().anyMatch(o -> !o.voldoet())) {
            throw new RegelGeschonden("criteria-niet-voldaan",
                    "een aanvraag die niet aan alle criteria voldoet kan niet worden toegekend; wijs haar af");
        }
    }

    private static void vereisUniekeCriteria(List<Criteriumoordeel> oordelen) {
        if (oordelen.stream().map(Criteriumoordeel::criterium).distinct().count() < oordelen.size()) {
            throw new OngeldigeWaarde("criteria", "dubbel", "beoordeel elk criterium hoogstens een keer");
        }
    }

    public AanvraagId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public InitiatiefId getInitiatief() {
        return initiatief;
    }

    public KernId getKern() {
        return kern;
    }

    /** The named organisation of the kern an allowance per organisation is for, as the register writes it. */
    public Optional<String> getOntvanger() {
        return Optional.ofNullable(ontvanger);
    }

    public Regelingcode getRegeling() {
        return regeling;
    }

    public int getJaar() {
        return jaar;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public List<Begrotingsregel> getBegroting() {
        return begroting;
    }

    public Optional<Straatbijeenkomst> getBijeenkomst() {
        return Optional.ofNullable(bijeenkomst);
    }

    public AanvraagStatus getStatus() {
        return status;
    }

    public List<Criteriumoordeel> getCriteria() {
        return criteria;
    }

    /** The decision's answers to the scheme's purpose test, in the order given. */
    public List<Doeltoetsantwoord> getDoeltoets() {
        return doeltoets;
    }

    public Optional<Bedrag> getToegekendBedrag() {
        return Optional.ofNullable(toegekendBedrag);
    }

    public Optional<String> getMotivering() {
        return Optional.ofNullable(motivering);
    }

    public Optional<Collegebesluit> getCollegebesluit() {
        return Optional.ofNullable(collegebesluit);
    }

    public Optional<Instant> getBesluitOp() {
        return Optional.ofNullable(besluitOp);
    }

    public Optional<String> getBesluitDoor() {
        return Optional.ofNullable(besluitDoor);
    }

    public Optional<Instant> getUitbetaaldOp() {
        return Optional.ofNullable(uitbetaaldOp);
    }

    public Optional<String> getUitbetaaldDoor() {
        return Optional.ofNullable(uitbetaaldDoor);
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }

    /** The fields in one place, so the two factories cannot mix up twenty positional arguments. */
    private static final class Builder {
        private AanvraagId id;
        private Gemeentecode gemeente;
        private InitiatiefId initiatief;
        private KernId kern;
        private Regelingcode regeling;
        private String ontvanger;
        private int jaar;
        private String omschrijving;
        private List<Begrotingsregel> begroting = List.of();
        private Straatbijeenkomst bijeenkomst;
        private AanvraagStatus status;
        private List<Criteriumoordeel> criteria = List.of();
        private List<Doeltoetsantwoord> doeltoets = List.of();
        private Bedrag toegekendBedrag;
        private String motivering;
        private Collegebesluit collegebesluit;
        private Instant besluitOp;
        private String besluitDoor;
        private Instant uitbetaaldOp;
        private String uitbetaaldDoor;
        private Instant aangemaaktOp;
        private Instant gewijzigdOp;
        private long versie;
    }
}
