package nl.kernpunt.domain.initiatief;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.Kernoverdracht;

/**
 * An initiative of residents in one kern, and how the gemeente deals with it. The lifecycle, the
 * Rol and the contacts with the initiators are kept in full: nothing is overwritten.
 */
public final class Initiatief {

    private final InitiatiefId id;
    private final Gemeentecode gemeente;
    private final KernId kern;
    private final PubliekeReferentie referentie;
    private InitiatiefGegevens gegevens;
    private InitiatiefStatus status;
    private final List<Statusovergang> statushistorie;
    private final List<Rolbepaling> rolhistorie;
    private final List<Contactmoment> contactmomenten;
    private final List<Afspraak> afspraken;
    private final List<Stapuitkomst> stappen;
    private Uitdagingsbesluit uitdagingsbesluit;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    /** When staff marked it as spam; such an initiative leaves the default lists and the figures. */
    private Instant spamOp;
    private final long versie;

    private Initiatief(InitiatiefId id, Gemeentecode gemeente, KernId kern, PubliekeReferentie referentie,
                       InitiatiefGegevens gegevens, InitiatiefStatus status, List<Statusovergang> statushistorie,
                       List<Rolbepaling> rolhistorie, List<Contactmoment> contactmomenten, List<Afspraak> afspraken,
                       List<Stapuitkomst> stappen, Uitdagingsbesluit uitdagingsbesluit, Instant aangemaaktOp,
                       Instant gewijzigdOp, Instant spamOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.kern = Objects.requireNonNull(kern, "kern");
        this.referentie = Objects.requireNonNull(referentie, "referentie");
        this.gegevens = Objects.requireNonNull(gegevens, "gegevens");
        this.status = Objects.requireNonNull(status, "status");
        this.statushistorie = new ArrayList<>(statushistorie);
        this.rolhistorie = new ArrayList<>(rolhistorie);
        this.contactmomenten = new ArrayList<>(contactmomenten);
        this.afspraken = new ArrayList<>(afspraken);
        this.stappen = new ArrayList<>(stappen);
        this.uitdagingsbesluit = uitdagingsbesluit;
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.spamOp = spamOp;
        this.versie = versie;
    }

    /** A submitted initiative: status ingediend, with the submission as the first history line. */
    public static Initiatief dienIn(Gemeentecode gemeente, KernId kern, InitiatiefGegevens gegevens, String door,
                                    Clock klok) {
        Instant nu = klok.instant();
        return new Initiatief(InitiatiefId.nieuw(), gemeente, kern, PubliekeReferentie.nieuw(), gegevens,
                InitiatiefStatus.INGEDIEND, List.of(new Statusovergang(null, InitiatiefStatus.INGEDIEND, nu, door, null)),
                List.of(), List.of(), List.of(), List.of(), null, nu, nu, null, 0);
    }

    public static Initiatief reconstitute(InitiatiefId id, Gemeentecode gemeente, KernId kern,
                                          PubliekeReferentie referentie, InitiatiefGegevens gegevens,
                                          InitiatiefStatus status, List<Statusovergang> statushistorie,
                                          List<Rolbepaling> rolhistorie, List<Contactmoment> contactmomenten,
                                          List<Afspraak> afspraken, List<Stapuitkomst> stappen,
                                          Uitdagingsbesluit uitdagingsbesluit, Instant aangemaaktOp,
                                          Instant gewijzigdOp, Instant spamOp, long versie) {
        return new Initiatief(id, gemeente, kern, referentie, gegevens, status, statushistorie, rolhistorie,
                contactmomenten, afspraken, stappen, uitdagingsbesluit, aangemaaktOp, gewijzigdOp, spamOp,
                versie);
    }

    /**
     * Staff judged it spam: it stays (with its trail) but leaves the default lists and the figures.
     * Marking it again changes nothing, so the answer says whether this call marked it.
     */
    public boolean markeerAlsSpam(Clock klok) {
        if (spamOp != null) {
            return false;
        }
        spamOp = klok.instant();
        gewijzigdOp = spamOp;
        return true;
    }

    public Instant getSpamOp() {
        return spamOp;
    }

    /**
     * Corrects what the initiative is about; a closed one stays as it was closed. Whether it is a
     * Right to Challenge may change until the gemeente decided on the challenge.
     */
    public void wijzig(InitiatiefGegevens nieuweGegevens, Clock klok) {
        vereisOpen();
        Objects.requireNonNull(nieuweGegevens, "gegevens");
        if (uitdagingsbesluit != null
                && nieuweGegevens.vorm().rightToChallenge() != gegevens.vorm().rightToChallenge()) {
            throw new RegelGeschonden("uitdaging-al-beslist", "over de uitdaging is op "
                    + uitdagingsbesluit.op().atZone(Periode.NEDERLAND).toLocalDate() + " al besloten; rightToChallenge"
                    + " kan niet meer wijzigen");
        }
        this.gegevens = nieuweGegevens;
        this.gewijzigdOp = klok.instant();
    }

    /** The residents this initiative names: its initiators and each agreement's responsible person. */
    public List<Contactpersoon> personen() {
        return Stream.concat(gegevens.betrokkenen().stream(),
                afspraken.stream().map(Afspraak::verantwoordelijkePersoon)).toList();
    }

    /**
     * Erases the persons {@code wie} picks (AVG art. 17): each initiator and each agreement's
     * responsible person becomes {@link Contactpersoon#VERWIJDERD}, so the counts stay. Allowed when
     * closed too: the archive keeps the initiative, not the person. True if anything changed.
     */
    public boolean anonimiseer(Predicate<Contactpersoon> wie, Clock klok) {
        List<Contactpersoon> betrokkenen = gegevens.betrokkenen().stream()
                .map(p -> wie.test(p) ? Contactpersoon.VERWIJDERD : p).toList();
        boolean gewijzigd = !betrokkenen.equals(gegevens.betrokkenen());
        gegevens = new InitiatiefGegevens(gegevens.titel(), gegevens.omschrijving(), gegevens.vorm(),
                gegevens.ondersteuning(), betrokkenen, gegevens.contactpersoon());
        for (int i = 0; i < afspraken.size(); i++) {
            Afspraak afspraak = afspraken.get(i);
            if (wie.test(afspraak.verantwoordelijkePersoon())) {
                afspraken.set(i, new Afspraak(afspraak.id(), afspraak.wat(), afspraak.door(),
                        Contactpersoon.VERWIJDERD.naam(), afspraak.deadline(), afspraak.status(), afspraak.reden()));
                gewijzigd = true;
            }
        }
        if (gewijzigd) {
            this.gewijzigdOp = klok.instant();
        }
        return gewijzigd;
    }

    /**
     * Moves the initiative on. A refusal must be argued ("nee is ook een antwoord, mits goed
     * beargumenteerd"), rol-bepaald needs the Rol to be decided first, and an initiative is not
     * closed (afgerond or afgewezen) while the initiators have not heard of the Rol decision.
     */
    public void gaNaar(InitiatiefStatus naar, String reden, String door, Clock klok) {
        Objects.requireNonNull(naar, "naar");
        if (!status.magNaar(naar)) {
            throw new RegelGeschonden("initiatief-ongeldige-overgang",
                    "een initiatief met status " + status.extern() + " kan niet naar " + naar.extern());
        }
        String motivering = reden == null || reden.isBlank() ? null : reden.strip();
        if (motivering != null && motivering.length() > 2000) {
            throw new OngeldigeWaarde("reden", "te-lang", "mag hoogstens 2000 tekens bevatten");
        }
        if (naar == InitiatiefStatus.AFGEWEZEN && motivering == null) {
            throw new RegelGeschonden("afwijzing-zonder-motivering",
                    "een initiatief afwijzen kan alleen met een schriftelijke motivering (reden)");
        }
        if (naar == InitiatiefStatus.ROL_BEPAALD && uitdaging().filter(f -> f == Uitdagingsfase.IN_BEOORDELING
                || f == Uitdagingsfase.INGEDIEND).isPresent()) {
            throw new RegelGeschonden("uitdaging-niet-beslist", "besluit eerst met redenen of de gemeente de taak"
                    + " overdraagt (Right to Challenge), dan pas over haar rol");
        }
        if (naar == InitiatiefStatus.ROL_BEPAALD && rolhistorie.isEmpty()) {
            throw new RegelGeschonden("rol-ontbreekt",
                    "bepaal eerst de rol van de gemeente (loslaten, stimuleren, faciliteren of coproduceren)");
        }
        if ((naar == InitiatiefStatus.AFGEROND || naar == InitiatiefStatus.AFGEWEZEN) && terugkoppelingOntbreekt()) {
            Rolbepaling besluit = laatsteRolbepaling();
            throw new RegelGeschonden("terugkoppeling-ontbreekt", "de initiatiefnemers hoorden nog niet van het besluit"
                    + " van " + besluit.op().atZone(Periode.NEDERLAND).toLocalDate() + " over de rol van de gemeente ("
                    + besluit.rol().name().toLowerCase() + "); leg eerst als contactmoment vast hoe en wanneer u hen"
                    + " informeerde");
        }
        Instant nu = klok.instant();
        statushistorie.add(new Statusovergang(status, naar, nu, door, motivering));
        this.status = naar;
        this.gewijzigdOp = nu;
    }

    /**
     * Accepts or refuses the residents' challenge to take over a task, with reasons, while the
     * initiative is in behandeling. Refused, the task stays with the gemeente and the initiative goes
     * on as an ordinary one (004: not every initiative is a Right to Challenge) or is closed as usual.
     */
    public void beslisOverUitdaging(boolean aanvaard, String reden, String door, Clock klok) {
        vereisOpen();
        Uitdagingsfase fase = uitdaging().orElseThrow(() -> new RegelGeschonden("geen-uitdaging",
                "dit initiatief is geen Right to Challenge (rightToChallenge is false)"));
        if (fase == Uitdagingsfase.AANVAARD || fase == Uitdagingsfase.AFGEWEZEN) {
            throw new RegelGeschonden("uitdaging-al-beslist", "over de uitdaging is op "
                    + uitdagingsbesluit.op().atZone(Periode.NEDERLAND).toLocalDate() + " al besloten");
        }
        if (status != InitiatiefStatus.IN_BEHANDELING) {
            throw new RegelGeschonden("uitdaging-niet-in-beoordeling",
                    "over een uitdaging wordt besloten als het initiatief in behandeling is, niet bij " + status.extern());
        }
        if (reden == null || reden.isBlank()) {
            throw new RegelGeschonden("besluit-zonder-motivering",
                    "een besluit over een uitdaging kan alleen met de redenen (reden)");
        }
        Instant nu = klok.instant();
        this.uitdagingsbesluit = new Uitdagingsbesluit(aanvaard, reden.strip(), nu, door);
        this.gewijzigdOp = nu;
    }

    /** Where its Right to Challenge stands; empty for an initiative that is none. */
    public Optional<Uitdagingsfase> uitdaging() {
        if (!gegevens.vorm().rightToChallenge()) {
            return Optional.empty();
        }
        if (uitdagingsbesluit != null) {
            return Optional.of(uitdagingsbesluit.aanvaard() ? Uitdagingsfase.AANVAARD : Uitdagingsfase.AFGEWEZEN);
        }
        return Optional.of(status == InitiatiefStatus.INGEDIEND ? Uitdagingsfase.INGEDIEND : Uitdagingsfase.IN_BEOORDELING);
    }

    /** Decides the Rol for the current phase; an earlier decision stays in the history. */
    public void bepaalRol(Rol rol, String reden, String door, Clock klok) {
        vereisOpen();
        Instant nu = klok.instant();
        rolhistorie.add(new Rolbepaling(rol, status, reden, nu, door));
        this.gewijzigdOp = nu;
    }

    /**
     * Records a contact with the initiators; it may be recorded afterwards, but not in the future,
     * nor before the initiative was registered (silence counts from the last contact, so an earlier
     * date would make a new initiative stil at once).
     */
    public void legContactVast(Contactmoment contact, Clock klok) {
        Instant nu = klok.instant();
        if (contact.op().isAfter(nu)) {
            throw new OngeldigeWaarde("op", "in-de-toekomst", "mag niet in de toekomst liggen");
        }
        if (contact.op().isBefore(aangemaaktOp)) {
            throw new OngeldigeWaarde("op", "voor-registratie", "mag niet voor de registratie van het initiatief op "
                    + aangemaaktOp.atZone(Periode.NEDERLAND).toLocalDateTime() + " liggen");
        }
        contactmomenten.add(contact);
        this.gewijzigdOp = nu;
    }

    /** Makes an agreement on an open initiative; returns it with its new id. */
    public Afspraak maakAfspraak(String wat, Partij door, String verantwoordelijke, LocalDate deadline, Clock klok) {
        vereisOpen();
        Afspraak afspraak = Afspraak.nieuw(wat, door, verantwoordelijke, deadline);
        afspraken.add(afspraak);
        this.gewijzigdOp = klok.instant();
        return afspraak;
    }

    /**
     * At a kernambtenaar's handover the open agreements the predecessor was responsible for go to the
     * successor (001: "dat de gemaakte afspraken ook nagekomen worden ... als er wisselingen zijn");
     * also on a closed initiative, as agreements are often settled after closing. Returns them as moved.
     */
    public List<Afspraak> draagAfsprakenOver(Kernoverdracht overdracht, Clock klok) {
        List<Afspraak> overgedragen = new ArrayList<>();
        for (int i = 0; i < afspraken.size(); i++) {
            Afspraak afspraak = afspraken.get(i);
            if (afspraak.status() == AfspraakStatus.OPEN && overdracht.isVoorganger(afspraak.verantwoordelijke())) {
                Afspraak nieuw = new Afspraak(afspraak.id(), afspraak.wat(), afspraak.door(),
                        overdracht.opvolger().naam(), afspraak.deadline(), afspraak.status(), afspraak.reden());
                afspraken.set(i, nieuw);
                overgedragen.add(nieuw);
            }
        }
        if (!overgedragen.isEmpty()) {
            this.gewijzigdOp = klok.instant();
        }
        return overgedragen;
    }

    /**
     * At a handover a silent initiative goes to the successor as an agreement to contact the
     * initiators within a week (004 E's term for a reaction), on the successor's list of agreements;
     * it stays silent until that contact is recorded. Nothing for an initiative that is not silent.
     */
    public Optional<Afspraak> wijsStilteToe(Kernoverdracht overdracht, int drempelDagen, LocalDate vandaag,
                                            Clock klok) {
        if (!isStil(klok.instant(), drempelDagen)) {
            return Optional.empty();
        }
        return Optional.of(maakAfspraak("Contact met de initiatiefnemers na de overdracht van de kernambtenaar",
                Partij.GEMEENTE, overdracht.opvolger().naam(), vandaag.plusWeeks(1), klok));
    }

    /**
     * Settles an agreement as kept or not; allowed after the initiative closed too, as agreements
     * are often settled at the evaluation.
     */
    public Afspraak handelAfspraakAf(UUID afspraakId, AfspraakStatus status, String reden, Clock klok) {
        Afspraak huidige = getAfspraak(afspraakId).orElseThrow(() ->
                new OngeldigeWaarde("afspraakId", "afspraak-onbekend", "is geen afspraak van dit initiatief"));
        Afspraak afgehandeld = huidige.afgehandeld(status, reden);
        afspraken.set(afspraken.indexOf(huidige), afgehandeld);
        this.gewijzigdOp = klok.instant();
        return afgehandeld;
    }

    /**
     * Records (or corrects) the outcome of a step; the audit trail keeps earlier versions. Allowed
     * after the initiative closed, as evaluating (step 5) comes last. The date may not lie ahead
     * of {@code vandaag}, the gemeente's date.
     */
    public void legStapVast(Stap stap, String uitkomst, LocalDate datum, String door, LocalDate vandaag, Clock klok) {
        Stapuitkomst nieuw = new Stapuitkomst(stap, uitkomst, datum, door);
        if (datum.isAfter(vandaag)) {
            throw new OngeldigeWaarde("datum", "in-de-toekomst", "mag niet in de toekomst liggen");
        }
        stappen.removeIf(s -> s.stap() == stap);
        stappen.add(nieuw);
        stappen.sort(Comparator.comparing(Stapuitkomst::stap));
        this.gewijzigdOp = klok.instant();
    }

    /** The steps without a recorded outcome, in the guide's order. */
    public List<Stap> openStappen() {
        return Arrays.stream(Stap.values())
                .filter(stap -> stappen.stream().noneMatch(s -> s.stap() == stap))
                .toList();
    }

    public Optional<Afspraak> getAfspraak(UUID afspraakId) {
        return afspraken.stream().filter(a -> a.id().equals(afspraakId)).findFirst();
    }

    public int openAfspraken() {
        return (int) afspraken.stream().filter(a -> a.status() == AfspraakStatus.OPEN).count();
    }

    public Optional<Rol> getRol() {
        return rolhistorie.isEmpty() ? Optional.empty() : Optional.of(rolhistorie.get(rolhistorie.size() - 1).rol());
    }

    /** The last contact with the initiators; without any, the submission counts as the first. */
    public Instant laatsteContactOp() {
        return contactmomenten.stream().map(Contactmoment::op).max(Comparator.naturalOrder()).orElse(aangemaaktOp);
    }

    /** An open initiative with no contact for more than the gemeente's threshold: silence is itself a signal. */
    public boolean isStil(Instant nu, int drempelDagen) {
        return status.isOpen() && laatsteContactOp().plus(Duration.ofDays(drempelDagen)).isBefore(nu);
    }

    /**
     * A refusal or the current Rol decision that the initiators were not told about: no contact
     * recorded at or after the moment it was taken.
     */
    public boolean terugkoppelingOntbreekt() {
        Optional<Instant> besluit = status == InitiatiefStatus.AFGEWEZEN
                ? Optional.of(statushistorie.get(statushistorie.size() - 1).op())
                : rolhistorie.isEmpty() ? Optional.empty() : Optional.of(rolhistorie.get(rolhistorie.size() - 1).op());
        return besluit.map(op -> contactmomenten.stream().noneMatch(c -> !c.op().isBefore(op))).orElse(false);
    }

    public OpenbaarInitiatief openbaar() {
        return OpenbaarInitiatief.van(referentie, gegevens.titel(), kern, status, getRol().orElse(null), gewijzigdOp,
                openAfspraken());
    }

    private void vereisOpen() {
        if (!status.isOpen()) {
            throw new RegelGeschonden("initiatief-afgesloten",
                    "initiatief " + id + " is " + status.extern() + " en kan niet meer wijzigen");
        }
    }

    public InitiatiefId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public KernId getKern() {
        return kern;
    }

    public PubliekeReferentie getReferentie() {
        return referentie;
    }

    public InitiatiefGegevens getGegevens() {
        return gegevens;
    }

    public InitiatiefStatus getStatus() {
        return status;
    }

    /** Oldest first, starting with the submission. */
    public List<Statusovergang> getStatushistorie() {
        return List.copyOf(statushistorie);
    }

    /** The submission, the first entry of the status history. */
    public Statusovergang eersteOvergang() {
        return statushistorie.get(0);
    }

    /** The transition that led to the current status. */
    public Statusovergang laatsteOvergang() {
        return statushistorie.get(statushistorie.size() - 1);
    }

    /** Oldest first; the last one is the current Rol. */
    public List<Rolbepaling> getRolhistorie() {
        return List.copyOf(rolhistorie);
    }

    /** The decision behind the current Rol; fails on an initiative whose Rol was never decided. */
    public Rolbepaling laatsteRolbepaling() {
        if (rolhistorie.isEmpty()) {
            throw new IllegalStateException("initiatief " + id + " heeft nog geen Rol");
        }
        return rolhistorie.get(rolhistorie.size() - 1);
    }

    /** In the order they were recorded. */
    public List<Contactmoment> getContactmomenten() {
        return List.copyOf(contactmomenten);
    }

    /** In the order they were made. */
    public List<Afspraak> getAfspraken() {
        return List.copyOf(afspraken);
    }

    /** One per step at most, in the guide's order. */
    public List<Stapuitkomst> getStappen() {
        return List.copyOf(stappen);
    }

    /** The decision on its Right to Challenge, if one was taken. */
    public Optional<Uitdagingsbesluit> getUitdagingsbesluit() {
        return Optional.ofNullable(uitdagingsbesluit);
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
