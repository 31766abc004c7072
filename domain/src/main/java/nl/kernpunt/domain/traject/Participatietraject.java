package nl.kernpunt.domain.traject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Contactmoment;

/**
 * A municipal plan or policy in which residents are involved (inwonersparticipatie), worked
 * through the guide's six steps. Participation starts only on a recorded "yes" with steps 2–4 in
 * place (and a startnotitie when the traject is large or sensitive); it closes only with feedback
 * and evaluation recorded. The level's history is never shortened.
 */
public final class Participatietraject {

    private final TrajectId id;
    private final Gemeentecode gemeente;
    private TrajectGegevens gegevens;
    private Fase fase;
    private Participatieniveau niveau;
    private final List<Niveauwijziging> niveauhistorie;
    // one field per step, so recording a step replaces only that step
    private VastgelegdeStap<Afweging> afweging;
    private VastgelegdeStap<Betrokkenen> betrokkenen;
    private VastgelegdeStap<Niveaubepaling> niveaubepaling;
    private VastgelegdeStap<Communicatieplan> communicatieplan;
    private VastgelegdeStap<Middelen> middelen;
    private VastgelegdeStap<Evaluatie> evaluatie;
    /** Contacts with the participants; silence between them is a signal (000 §3.3.6). */
    private final List<Contactmoment> contactmomenten;
    private Instant participatieGestartOp;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    /** The six recorded outcomes; a step that was not recorded yet is null. */
    public record Stappen(VastgelegdeStap<Afweging> afweging, VastgelegdeStap<Betrokkenen> betrokkenen,
                          VastgelegdeStap<Niveaubepaling> niveau, VastgelegdeStap<Communicatieplan> communicatieplan,
                          VastgelegdeStap<Middelen> middelen, VastgelegdeStap<Evaluatie> evaluatie) {

        public static Stappen geen() {
            return new Stappen(null, null, null, null, null, null);
        }

        private Map<Stap, Object> perStap() {
            Map<Stap, Object> perStap = new EnumMap<>(Stap.class);
            perStap.put(Stap.AFWEGING, afweging);
            perStap.put(Stap.BETROKKENEN, betrokkenen);
            perStap.put(Stap.NIVEAU, niveau);
            perStap.put(Stap.COMMUNICATIEPLAN, communicatieplan);
            perStap.put(Stap.MIDDELEN, middelen);
            perStap.put(Stap.EVALUATIE, evaluatie);
            return perStap;
        }
    }

    /** What happened with the participants: participation's start and the contacts since, oldest first. */
    public record Deelname(Instant gestartOp, List<Contactmoment> contactmomenten) {

        public Deelname {
            contactmomenten = List.copyOf(contactmomenten);
        }

        public static Deelname geen() {
            return new Deelname(null, List.of());
        }
    }

    private Participatietraject(TrajectId id, Gemeentecode gemeente, TrajectGegevens gegevens, Fase fase,
                                Participatieniveau niveau, List<Niveauwijziging> niveauhistorie, Stappen stappen,
                                Deelname deelname, Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.gegevens = Objects.requireNonNull(gegevens, "gegevens");
        this.fase = Objects.requireNonNull(fase, "fase");
        this.niveau = niveau;
        this.niveauhistorie = new ArrayList<>(niveauhistorie);
        this.afweging = stappen.afweging();
        this.betrokkenen = stappen.betrokkenen();
        this.niveaubepaling = stappen.niveau();
        this.communicatieplan = stappen.communicatieplan();
        this.middelen = stappen.middelen();
        this.evaluatie = stappen.evaluatie();
        this.contactmomenten = new ArrayList<>(deelname.contactmomenten());
        this.participatieGestartOp = deelname.gestartOp();
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    public static Participatietraject nieuw(Gemeentecode gemeente, TrajectGegevens gegevens, Clock klok) {
        Instant nu = klok.instant();
        return new Participatietraject(TrajectId.nieuw(), gemeente, gegevens, Fase.VOORBEREIDING, null, List.of(),
                Stappen.geen(), Deelname.geen(), nu, nu, 0);
    }

    public static Participatietraject reconstitute(TrajectId id, Gemeentecode gemeente, TrajectGegevens gegevens,
                                                   Fase fase, Participatieniveau niveau,
                                                   List<Niveauwijziging> niveauhistorie, Stappen stappen,
                                                   Deelname deelname, Instant aangemaaktOp, Instant gewijzigdOp,
                                                   long versie) {
        return new Participatietraject(id, gemeente, gegevens, fase, niveau, niveauhistorie, stappen, deelname,
                aangemaaktOp, gewijzigdOp, versie);
    }

    public void wijzig(TrajectGegevens nieuweGegevens, Clock klok) {
        vereisNietAfgerond();
        this.gegevens = Objects.requireNonNull(nieuweGegevens, "gegevens");
        this.gewijzigdOp = klok.instant();
    }

    public void legAfwegingVast(Afweging uitkomst, String door, Clock klok) {
        vereisInVoorbereiding(Stap.AFWEGING);
        afweging = vastgelegd(uitkomst, door, klok);
    }

    public void legBetrokkenenVast(Betrokkenen uitkomst, String door, Clock klok) {
        vereisNietAfgerond();
        betrokkenen = vastgelegd(uitkomst, door, klok);
    }

    /**
     * Step 3. The first time it sets the level; afterwards the level changes only through
     * {@link #wijzigNiveau} with a reason, so recording step 3 again with another level is refused.
     */
    public void legNiveauVast(Participatieniveau gekozen, Niveaubepaling uitkomst, String door, Clock klok) {
        vereisNietAfgerond();
        Objects.requireNonNull(gekozen, "niveau");
        if (niveau != null && niveau != gekozen) {
            throw new RegelGeschonden("niveau-wijzigen-met-reden",
                    "het niveau is al " + naam(niveau) + "; wijzig het via een niveauwijziging met reden");
        }
        niveaubepaling = vastgelegd(uitkomst, door, klok);
        if (niveau == null) {
            niveau = gekozen;
            niveauhistorie.add(new Niveauwijziging(null, gekozen, gewijzigdOp, door, "vastgesteld in stap 3"));
        }
    }

    public void legCommunicatieplanVast(Communicatieplan uitkomst, String door, Clock klok) {
        vereisNietAfgerond();
        communicatieplan = vastgelegd(uitkomst, door, klok);
    }

    public void legMiddelenVast(Middelen uitkomst, String door, Clock klok) {
        vereisNietAfgerond();
        middelen = vastgelegd(uitkomst, door, klok);
    }

    public void legEvaluatieVast(Evaluatie uitkomst, String door, Clock klok) {
        vereisNietAfgerond();
        evaluatie = vastgelegd(uitkomst, door, klok);
    }

    /** The level may shift along the way (it must be re-checked), but only with a reason that is kept. */
    public Niveauwijziging wijzigNiveau(Participatieniveau naar, String reden, String door, Clock klok) {
        vereisNietAfgerond();
        Objects.requireNonNull(naar, "niveau");
        if (niveau == null) {
            throw new RegelGeschonden("niveau-nog-niet-bepaald", "leg eerst stap 3 (niveau) vast");
        }
        if (niveau == naar) {
            throw new RegelGeschonden("niveau-ongewijzigd", "het niveau is al " + naam(naar));
        }
        Instant nu = klok.instant();
        Niveauwijziging wijziging = new Niveauwijziging(niveau, naar, nu, door, reden);
        niveauhistorie.add(wijziging);
        niveau = naar;
        gewijzigdOp = nu;
        return wijziging;
    }

    /** Participation starts after a "yes" in step 1, with steps 2–4 recorded and, if needed, a startnotitie. */
    public void startParticipatie(Clock klok) {
        if (fase != Fase.VOORBEREIDING) {
            throw new RegelGeschonden("fase-ongeldige-overgang", "het traject is al " + naam(fase));
        }
        if (afweging == null) {
            throw new RegelGeschonden("afweging-ontbreekt", "leg eerst de afweging aan de voorkant (stap 1) vast");
        }
        if (!afweging.uitkomst().participatieGewenst()) {
            throw new RegelGeschonden("afweging-negatief", "de afweging aan de voorkant zegt nee tegen participatie");
        }
        List<Stap> open = openStappen().stream()
                .filter(stap -> stap == Stap.BETROKKENEN || stap == Stap.NIVEAU || stap == Stap.COMMUNICATIEPLAN)
                .toList();
        if (!open.isEmpty()) {
            throw new RegelGeschonden("stappen-onvolledig", "leg eerst deze stappen vast: "
                    + String.join(", ", open.stream().map(Participatietraject::naam).toList()));
        }
        if (gegevens.vereistStartnotitie() && gegevens.startnotitie() == null) {
            throw new RegelGeschonden("startnotitie-ontbreekt",
                    "een groot of politiek gevoelig traject heeft eerst een startnotitie met raadsbesluit nodig");
        }
        fase = Fase.PARTICIPATIE;
        gewijzigdOp = klok.instant();
        participatieGestartOp = gewijzigdOp;
    }

    /**
     * Records a contact with the participants; afterwards is fine, but not in the future, not before
     * the traject existed and not once it is closed.
     */
    public void legContactVast(Contactmoment contact, Clock klok) {
        vereisNietAfgerond();
        Instant nu = klok.instant();
        if (contact.op().isAfter(nu)) {
            throw new OngeldigeWaarde("op", "in-de-toekomst", "mag niet in de toekomst liggen");
        }
        if (contact.op().isBefore(aangemaaktOp)) {
            throw new OngeldigeWaarde("op", "voor-registratie", "mag niet voor het aanmaken van het traject liggen");
        }
        contactmomenten.add(contact);
        gewijzigdOp = nu;
    }

    /**
     * Since when the participants have heard nothing: the last contact, or the start of participation
     * if that came later; empty while participation does not run, as there is nobody to hear yet.
     */
    public Optional<Instant> stilSinds() {
        if (fase != Fase.PARTICIPATIE) {
            return Optional.empty();
        }
        Instant begin = participatieGestartOp == null ? aangemaaktOp : participatieGestartOp;
        return Optional.of(contactmomenten.stream().map(Contactmoment::op).filter(begin::isBefore)
                .max(Comparator.naturalOrder()).orElse(begin));
    }

    /**
     * Participation runs without contact since before {@code grens}, now minus the threshold that
     * applies (000 §3.3.6), as for initiatives.
     */
    public boolean isStil(Instant grens) {
        return stilSinds().map(sinds -> sinds.isBefore(grens)).orElse(false);
    }

    /**
     * Closes after participation with the feedback to participants and the process evaluation
     * recorded; or in preparation after a "no" once residents were told why (step 6's feedback), since
     * a participation that never happened has nothing to evaluate (ADR 6, ADR 23).
     */
    public void sluit(Clock klok) {
        boolean naNee = fase == Fase.VOORBEREIDING && afweging != null && !afweging.uitkomst().participatieGewenst();
        if (fase != Fase.PARTICIPATIE && !naNee) {
            throw new RegelGeschonden("fase-ongeldige-overgang", "alleen een lopend traject (of een na een nee) kan sluiten");
        }
        if (evaluatie == null || !evaluatie.uitkomst().heeftTerugkoppeling()) {
            throw new RegelGeschonden("terugkoppeling-ontbreekt", naNee
                    ? "leg eerst vast wat inwoners is verteld over waarom er geen participatie komt (stap 6, terugkoppeling)"
                    : "leg eerst de terugkoppeling aan de deelnemers vast");
        }
        if (!naNee && !evaluatie.uitkomst().heeftProcesevaluatie()) {
            throw new RegelGeschonden("evaluatie-ontbreekt", "leg eerst de procesevaluatie vast");
        }
        fase = Fase.AFGEROND;
        gewijzigdOp = klok.instant();
    }

    /** The steps without a recorded outcome, in the guide's order. */
    public List<Stap> openStappen() {
        return getStappen().perStap().entrySet().stream()
                .filter(stap -> stap.getValue() == null)
                .map(Map.Entry::getKey)
                .toList();
    }

    public boolean isSchaalverdieping() {
        return niveau != null && niveau.isSchaalverdieping();
    }

    private <S> VastgelegdeStap<S> vastgelegd(S uitkomst, String door, Clock klok) {
        Instant nu = klok.instant();
        gewijzigdOp = nu;
        return new VastgelegdeStap<>(Objects.requireNonNull(uitkomst, "uitkomst"), nu, door);
    }

    /** Once participation runs, the decision to start is history: step 1 is fixed. */
    private void vereisInVoorbereiding(Stap stap) {
        vereisNietAfgerond();
        if (fase != Fase.VOORBEREIDING) {
            throw new RegelGeschonden("stap-vastgezet", "stap " + naam(stap) + " ligt vast zodra de participatie loopt");
        }
    }

    private void vereisNietAfgerond() {
        if (fase == Fase.AFGEROND) {
            throw new RegelGeschonden("traject-afgerond", "traject " + gegevens.onderwerp() + " is afgerond en kan niet meer wijzigen");
        }
    }

    private static String naam(Enum<?> waarde) {
        return waarde.name().toLowerCase();
    }

    public TrajectId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public TrajectGegevens getGegevens() {
        return gegevens;
    }

    public Fase getFase() {
        return fase;
    }

    public Optional<Participatieniveau> getNiveau() {
        return Optional.ofNullable(niveau);
    }

    /** Oldest first. */
    public List<Niveauwijziging> getNiveauhistorie() {
        return List.copyOf(niveauhistorie);
    }

    public Stappen getStappen() {
        return new Stappen(afweging, betrokkenen, niveaubepaling, communicatieplan, middelen, evaluatie);
    }

    /** Oldest first. */
    public List<Contactmoment> getContactmomenten() {
        return List.copyOf(contactmomenten);
    }

    public Deelname getDeelname() {
        return new Deelname(participatieGestartOp, contactmomenten);
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
