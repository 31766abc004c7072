package nl.kernpunt.domain.subsidie;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * A gemeente's grant scheme, known by its code: one of Buren's three it starts with, or one of its
 * own (docs/adr/0029). Its data: a name, how its money is bounded and the amount (the cap, the
 * allowance per recipient, or the fixed contribution), the cost kinds it does not pay for and its
 * purpose test. How the money is bounded is fixed at creation, as the pots are keyed by it; an
 * archived scheme takes no new applications and keeps its ledger.
 */
public final class Subsidieregeling {

    private static final int MAX_UITGESLOTEN = Kostensoort.values().length;

    private final UUID id;
    private final Gemeentecode gemeente;
    private final Regelingcode code;
    private final Regelingsoort standaardsoort;
    private final Budgetsoort budgetsoort;
    private final Ontvangersoort ontvangersoort;
    private final List<UitgeslotenKosten> uitgeslotenKosten;
    private String naam;
    private Bedrag bedrag;
    private Doeltoets doeltoets;
    private boolean gearchiveerd;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Subsidieregeling(UUID id, Gemeentecode gemeente, Regelingcode code, Budgetsoort budgetsoort,
                             Ontvangersoort ontvangersoort, List<UitgeslotenKosten> uitgeslotenKosten, String naam,
                             Bedrag bedrag, Doeltoets doeltoets, boolean gearchiveerd, Instant aangemaaktOp,
                             Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.code = Objects.requireNonNull(code, "code");
        this.standaardsoort = Regelingsoort.van(code).orElse(null);
        this.budgetsoort = Objects.requireNonNull(budgetsoort, "budgetsoort");
        this.ontvangersoort = ontvangersoort;
        this.uitgeslotenKosten = List.copyOf(uitgeslotenKosten);
        this.naam = naam;
        this.bedrag = bedrag;
        this.doeltoets = Objects.requireNonNull(doeltoets, "doeltoets");
        this.gearchiveerd = gearchiveerd;
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** The default scheme with Buren's name, amount and excluded costs, without a purpose test until the gemeente sets one. */
    public static Subsidieregeling standaard(Gemeentecode gemeente, Regelingsoort soort, Clock klok) {
        Instant nu = klok.instant();
        return new Subsidieregeling(UUID.randomUUID(), gemeente, soort.code(), soort.budgetsoort(), null,
                soort.uitgeslotenKosten(), soort.standaardNaam(), soort.standaardBedrag(), Doeltoets.GEEN, false, nu, nu, 0);
    }

    /**
     * A scheme of the gemeente's own. A per-recipient allowance names its kind of recipient; the other
     * ways of bounding money have none. A code of a default scheme is refused by the caller, which
     * knows the gemeente's schemes.
     */
    public static Subsidieregeling eigen(Gemeentecode gemeente, Regelingcode code, String naam, Budgetsoort budgetsoort,
                                         Ontvangersoort ontvangersoort, Bedrag bedrag,
                                         List<UitgeslotenKosten> uitgeslotenKosten, Doeltoets doeltoets, Clock klok) {
        Invoer.nietNull("code", code);
        Invoer.nietNull("budgetsoort", budgetsoort);
        boolean perOntvanger = budgetsoort == Budgetsoort.PER_ONTVANGER_PER_JAAR;
        if (perOntvanger && ontvangersoort == null) {
            throw new OngeldigeWaarde("ontvangersoort", "verplicht", "een toelage per ontvanger noemt voor wie ze is");
        }
        if (!perOntvanger && ontvangersoort != null) {
            throw new OngeldigeWaarde("ontvangersoort", "niet-van-toepassing",
                    "hoort alleen bij de budgetsoort per-ontvanger-per-jaar");
        }
        List<UitgeslotenKosten> uitgesloten = Invoer.lijst("uitgeslotenKosten", uitgeslotenKosten, MAX_UITGESLOTEN);
        if (uitgesloten.stream().map(UitgeslotenKosten::kostensoort).distinct().count() < uitgesloten.size()) {
            throw new OngeldigeWaarde("uitgeslotenKosten", "dubbel", "noem elke kostensoort hoogstens een keer");
        }
        Instant nu = klok.instant();
        Subsidieregeling regeling = new Subsidieregeling(UUID.randomUUID(), gemeente, code, budgetsoort, ontvangersoort,
                uitgesloten, null, null, Doeltoets.GEEN, false, nu, nu, 0);
        regeling.wijzig(naam, bedrag, doeltoets, klok);
        return regeling;
    }

    public static Subsidieregeling reconstitute(UUID id, Gemeentecode gemeente, Regelingcode code,
                                                Budgetsoort budgetsoort, Ontvangersoort ontvangersoort,
                                                List<UitgeslotenKosten> uitgeslotenKosten, String naam, Bedrag bedrag,
                                                Doeltoets doeltoets, boolean gearchiveerd, Instant aangemaaktOp,
                                                Instant gewijzigdOp, long versie) {
        return new Subsidieregeling(id, gemeente, code, budgetsoort, ontvangersoort, uitgeslotenKosten, naam, bedrag,
                doeltoets, gearchiveerd, aangemaaktOp, gewijzigdOp, versie);
    }

    /**
     * A new name and amount. Lowering a cap below what was already granted this year is allowed (the
     * grants stand); the remaining budget is then nothing. The purpose test is replaced as a whole
     * (as a PUT does) and applies to decisions from now on.
     */
    public void wijzig(String nieuweNaam, Bedrag nieuwBedrag, Doeltoets nieuweDoeltoets, Clock klok) {
        String geldigeNaam = Invoer.verplicht("naam", nieuweNaam, 100);
        Bedrag.positief("bedrag", nieuwBedrag);
        this.naam = geldigeNaam;
        this.bedrag = nieuwBedrag;
        this.doeltoets = Objects.requireNonNull(nieuweDoeltoets, "doeltoets");
        this.gewijzigdOp = klok.instant();
    }

    /** No new applications from now on; decisions on those already made, and the figures, go on. */
    public void archiveer(Clock klok) {
        if (gearchiveerd) {
            throw new RegelGeschonden("regeling-gearchiveerd", "de regeling " + code + " is al gearchiveerd");
        }
        this.gearchiveerd = true;
        this.gewijzigdOp = klok.instant();
    }

    /**
     * Whether an application with this budget, for an initiative in this kern, may be made: the
     * scheme is not archived, the kern has a recipient of a per-recipient allowance (for an allowance
     * per organisation: the organisation named, found case-insensitively in the kern's register), and
     * no line claims a cost kind the scheme does not pay for. Returns the recipient's name as the
     * register writes it, or null where the scheme has no named recipient.
     */
    public String vereisAanvraagbaar(Kern kern, String ontvanger, List<Begrotingsregel> begroting) {
        if (gearchiveerd) {
            throw new RegelGeschonden("regeling-gearchiveerd",
                    "de regeling " + code + " is gearchiveerd en neemt geen aanvragen meer aan", "regeling");
        }
        boolean perOrganisatie = isPerOrganisatie();
        if (!perOrganisatie && ontvanger != null) {
            throw new OngeldigeWaarde("ontvanger", "niet-van-toepassing",
                    "de regeling " + code + " kent geen ontvanger per organisatie");
        }
        if (perOrganisatie && (ontvanger == null || ontvanger.isBlank())) {
            throw new OngeldigeWaarde("ontvanger", "verplicht",
                    "noem de " + ontvangersoort.extern() + " uit het register van de kern");
        }
        if (perOrganisatie && ontvanger.length() > 150) {
            throw new OngeldigeWaarde("ontvanger", "te-lang", "is langer dan 150 tekens");
        }
        String gevonden = null;
        if (perOrganisatie) {
            gevonden = ontvangersoort.organisatie(kern, ontvanger).orElseThrow(() -> new RegelGeschonden(
                    "ontvanger-onbekend", "de kern " + kern.getProfiel().naam() + " heeft in haar register geen "
                    + ontvangersoort.extern() + " met die naam", "ontvanger"));
        } else if (ontvangersoort != null && !ontvangersoort.aanwezigIn(kern)) {
            throw new RegelGeschonden("ontvanger-onbekend", "de kern " + kern.getProfiel().naam()
                    + " heeft in haar register geen " + ontvangersoort.extern() + " voor deze toelage", "initiatiefId");
        }
        List<UitgeslotenKosten> geclaimd = uitgeslotenKosten.stream()
                .filter(u -> begroting.stream().anyMatch(regel -> regel.categorie() == u.kostensoort())).toList();
        if (!geclaimd.isEmpty()) {
            throw new RegelGeschonden("kostensoort-uitgesloten", "de regeling " + naam + " betaalt geen "
                    + geclaimd.stream().map(u -> u.kostensoort().extern() + " (" + u.omschrijving() + ")")
                    .collect(Collectors.joining(", ")), "begroting");
        }
        return gevonden;
    }

    /**
     * The pot a grant in this kern and year draws on. The one home of a pot's key: the kern counts for
     * the per-kern scheme and for an allowance whose recipients are a kern's (its signaleringsgroep);
     * a dorpsbelangenorganisatie's allowance is per named organisation of the kern ({@code ontvanger},
     * as the register writes it); the volunteer coordinator's allowance has one pot a year.
     */
    public Budgetpot pot(KernId kern, String ontvanger, int jaar) {
        return switch (budgetsoort) {
            case PER_KERN_PER_JAAR -> new Budgetpot(gemeente, code, Objects.requireNonNull(kern, "kern"), null, jaar, bedrag);
            case PER_ONTVANGER_PER_JAAR -> new Budgetpot(gemeente, code,
                    ontvangersoort.perKern() ? Objects.requireNonNull(kern, "kern") : null,
                    ontvangersoort.perOrganisatie() ? Objects.requireNonNull(ontvanger, "ontvanger") : null, jaar, bedrag);
            case PER_GEMEENTE_PER_JAAR -> new Budgetpot(gemeente, code, null, null, jaar, bedrag);
            case VAST_BEDRAG -> new Budgetpot(gemeente, code, null, null, jaar, null);
        };
    }

    /** The pot of a scheme without a named recipient (see {@link #pot(KernId, String, int)}). */
    public Budgetpot pot(KernId kern, int jaar) {
        return pot(kern, null, jaar);
    }

    /** Whether each recipient is a named organisation of the kern, with a pot of its own (see {@link #pot}). */
    public boolean isPerOrganisatie() {
        return budgetsoort == Budgetsoort.PER_ONTVANGER_PER_JAAR && ontvangersoort.perOrganisatie();
    }

    /** Whether the remaining budget is asked per kern: the pot has a kern (see {@link #pot}). */
    public boolean isPerKern() {
        return budgetsoort == Budgetsoort.PER_KERN_PER_JAAR
                || budgetsoort == Budgetsoort.PER_ONTVANGER_PER_JAAR && ontvangersoort.perKern();
    }

    /** Whether this is the default scheme of that kind, with the rules {@link Regelingsoort} writes down. */
    public boolean is(Regelingsoort soort) {
        return standaardsoort == soort;
    }

    public UUID getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public Regelingcode getCode() {
        return code;
    }

    public Budgetsoort getBudgetsoort() {
        return budgetsoort;
    }

    public Optional<Ontvangersoort> getOntvangersoort() {
        return Optional.ofNullable(ontvangersoort);
    }

    public List<UitgeslotenKosten> getUitgeslotenKosten() {
        return uitgeslotenKosten;
    }

    public String getNaam() {
        return naam;
    }

    public Bedrag getBedrag() {
        return bedrag;
    }

    public Doeltoets getDoeltoets() {
        return doeltoets;
    }

    public boolean isGearchiveerd() {
        return gearchiveerd;
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
}
