package nl.kernpunt.domain.vraag;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

/**
 * A resident's question raised with a kern's kernambtenaar. It must get an answer, or at least a
 * procesantwoord (known, who handles it, when to expect the answer), within the gemeente's term;
 * the first such reaction is what counts. Every step is kept.
 */
public final class Vraag {

    private final VraagId id;
    private final Gemeentecode gemeente;
    private final KernId kern;
    /** The key to the public status, handed to the resident; random, not derived from the id. */
    private final PubliekeReferentie referentie;
    private String onderwerp;
    private String tekst;
    /** The asker: personal data, for the gemeente's own staff only. */
    private Contactpersoon vrager;
    private final Instant ontvangenOp;
    /** The kern's kernambtenaar: at receipt, then whoever took the kern over; may be absent. */
    private Contactpersoon kernambtenaar;
    /** The term that applied when the question came in: a later change of the setting moves no promise. */
    private final Antwoordtermijn termijn;
    private Contactpersoon behandelaar;
    private VraagStatus status;
    private final List<Statusovergang> historie;
    private final List<Pauze> pauzes;
    private Instant eersteReactieOp;
    /** The date the last procesantwoord told the resident to expect the answer. */
    private LocalDate verwachtAntwoordOp;
    private Instant gewijzigdOp;
    /** When staff marked it as spam; such a question leaves the default lists and the figures. */
    private Instant spamOp;
    private final long versie;

    private Vraag(VraagId id, Gemeentecode gemeente, KernId kern, PubliekeReferentie referentie, String onderwerp, String tekst, Contactpersoon vrager,
                  Instant ontvangenOp, Contactpersoon kernambtenaar, Antwoordtermijn termijn, Contactpersoon behandelaar,
                  VraagStatus status, List<Statusovergang> historie, List<Pauze> pauzes, Instant eersteReactieOp,
                  LocalDate verwachtAntwoordOp, Instant gewijzigdOp, Instant spamOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.kern = Invoer.nietNull("kern", kern);
        this.referentie = Objects.requireNonNull(referentie, "referentie");
        this.onderwerp = Invoer.verplicht("onderwerp", onderwerp, 200);
        this.tekst = Invoer.verplicht("tekst", tekst, 5000);
        this.vrager = Invoer.nietNull("vrager", vrager);
        this.ontvangenOp = Invoer.nietNull("ontvangenOp", ontvangenOp);
        this.kernambtenaar = kernambtenaar;
        this.termijn = Objects.requireNonNull(termijn, "termijn");
        this.behandelaar = behandelaar;
        this.status = Objects.requireNonNull(status, "status");
        this.historie = new ArrayList<>(historie);
        this.pauzes = new ArrayList<>(pauzes);
        this.eersteReactieOp = eersteReactieOp;
        this.verwachtAntwoordOp = verwachtAntwoordOp;
        this.gewijzigdOp = gewijzigdOp;
        this.spamOp = spamOp;
        this.versie = versie;
    }

    /** A question as it came in; {@code ontvangenOp} may lie before registration (a letter, a chat at the door). */
    public static Vraag ontvang(Gemeentecode gemeente, KernId kern, String onderwerp, String tekst, Contactpersoon vrager,
                                Instant ontvangenOp, Contactpersoon kernambtenaar, Antwoordtermijn termijn, String door,
                                Clock klok) {
        if (ontvangenOp != null && ontvangenOp.isAfter(klok.instant())) {
            throw new OngeldigeWaarde("ontvangenOp", "in-de-toekomst", "mag niet in de toekomst liggen");
        }
        Vraag vraag = new Vraag(VraagId.nieuw(), gemeente, kern, PubliekeReferentie.nieuw(), onderwerp, tekst, vrager, ontvangenOp, kernambtenaar,
                termijn, null, VraagStatus.ONTVANGEN, List.of(), List.of(), null, null, klok.instant(), null, 0);
        vraag.historie.add(new Statusovergang(null, VraagStatus.ONTVANGEN, klok.instant(), door, null));
        return vraag;
    }

    public static Vraag reconstitute(VraagId id, Gemeentecode gemeente, KernId kern, PubliekeReferentie referentie,
                                     String onderwerp, String tekst,
                                     Contactpersoon vrager, Instant ontvangenOp, Contactpersoon kernambtenaar,
                                     Antwoordtermijn termijn, Contactpersoon behandelaar,
                                     VraagStatus status, List<Statusovergang> historie, List<Pauze> pauzes,
                                     Instant eersteReactieOp, LocalDate verwachtAntwoordOp, Instant gewijzigdOp,
                                     Instant spamOp, long versie) {
        return new Vraag(id, gemeente, kern, referentie, onderwerp, tekst, vrager, ontvangenOp, kernambtenaar, termijn,
                behandelaar, status, historie, pauzes, eersteReactieOp, verwachtAntwoordOp, gewijzigdOp, spamOp, versie);
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

    /** Corrects what was asked and by whom; the kern, the moment of receipt and the term stay. */
    public void wijzig(String nieuwOnderwerp, String nieuweTekst, Contactpersoon nieuweVrager, Clock klok) {
        if (status == VraagStatus.GESLOTEN) {
            throw new RegelGeschonden("vraag-gesloten", "een gesloten vraag kan niet meer worden gewijzigd");
        }
        this.onderwerp = Invoer.verplicht("onderwerp", nieuwOnderwerp, 200);
        this.tekst = Invoer.verplicht("tekst", nieuweTekst, 5000);
        this.vrager = Invoer.nietNull("vrager", nieuweVrager);
        this.gewijzigdOp = klok.instant();
    }

    /**
     * The kern's new kernambtenaar takes the open question over, with the promise made to the resident
     * (001: nothing is lost at a handover); the status, the term and the behandelaar stay.
     */
    public void neemOverDoor(Contactpersoon opvolger, Clock klok) {
        Objects.requireNonNull(opvolger, "opvolger");
        if (status == VraagStatus.GESLOTEN) {
            throw new RegelGeschonden("vraag-gesloten", "een gesloten vraag gaat niet mee bij een overdracht");
        }
        this.kernambtenaar = opvolger;
        this.gewijzigdOp = klok.instant();
    }

    /**
     * Erases the asker if {@code wie} picks them (AVG art. 17), also when closed: the question and
     * its term stay for the figures, the person becomes {@link Contactpersoon#VERWIJDERD}.
     */
    public boolean anonimiseer(Predicate<Contactpersoon> wie, Clock klok) {
        if (!wie.test(vrager)) {
            return false;
        }
        this.vrager = Contactpersoon.VERWIJDERD;
        this.gewijzigdOp = klok.instant();
        return true;
    }

    /** Hands the question to the colleague who must answer it. */
    public void zetDoor(Contactpersoon naarBehandelaar, String door, Clock klok) {
        Invoer.nietNull("behandelaar", naarBehandelaar);
        gaNaar(VraagStatus.DOORGEZET, door, "doorgezet naar " + naarBehandelaar.naam(), klok);
        this.behandelaar = naarBehandelaar;
    }

    /**
     * Tells the resident the question is known, who handles it and when to expect the answer (004 E);
     * that date may not lie before the Dutch today. The behandelaar is the one named here, else the
     * one the question was handed to: a procesantwoord without anyone handling it promises nothing.
     */
    public void geefProcesantwoord(String toelichting, LocalDate verwachtOp, Contactpersoon doorBehandelaar,
                                   String door, Clock klok) {
        Invoer.nietNull("verwachtAntwoordOp", verwachtOp);
        if (verwachtOp.isBefore(Periode.vandaag(klok))) {
            throw new OngeldigeWaarde("verwachtAntwoordOp", "in-het-verleden", "mag niet voor vandaag liggen");
        }
        if (doorBehandelaar == null && behandelaar == null) {
            throw new OngeldigeWaarde("behandelaar", "verplicht",
                    "een procesantwoord noemt wie de vraag behandelt; de vraag is nog niet doorgezet");
        }
        gaNaar(VraagStatus.PROCESANTWOORD_GEGEVEN, door, Invoer.verplicht("toelichting", toelichting, 2000), klok);
        if (doorBehandelaar != null) {
            this.behandelaar = doorBehandelaar;
        }
        this.verwachtAntwoordOp = verwachtOp;
        registreerReactie(klok);
    }

    public void beantwoord(String samenvatting, String door, Clock klok) {
        gaNaar(VraagStatus.BEANTWOORD, door, Invoer.verplicht("toelichting", samenvatting, 2000), klok);
        registreerReactie(klok);
    }

    /** The resident must react first: the clock stops until {@link #hervat}. */
    public void wachtOpInwoner(String reden, String door, Clock klok) {
        gaNaar(VraagStatus.WACHT_OP_INWONER, door, Invoer.verplicht("toelichting", reden, 2000), klok);
        pauzes.add(new Pauze(klok.instant(), null));
    }

    /** The resident reacted: back to where the question was, and the clock runs again. */
    public void hervat(String door, Clock klok) {
        if (status != VraagStatus.WACHT_OP_INWONER) {
            throw ongeldigeOvergang(status, null);
        }
        VraagStatus terug = historie.get(historie.size() - 1).van();
        Instant nu = klok.instant();
        Pauze open = pauzes.remove(pauzes.size() - 1);
        pauzes.add(new Pauze(open.van(), nu));
        historie.add(new Statusovergang(status, terug, nu, door, "inwoner heeft gereageerd"));
        status = terug;
        gewijzigdOp = nu;
    }

    public void sluit(String reden, String door, Clock klok) {
        boolean wachtte = status == VraagStatus.WACHT_OP_INWONER;
        gaNaar(VraagStatus.GESLOTEN, door, Invoer.verplicht("toelichting", reden, 2000), klok);
        if (wachtte) {
            Pauze open = pauzes.remove(pauzes.size() - 1);
            pauzes.add(new Pauze(open.van(), klok.instant()));
        }
    }

    /**
     * A status set in the case system, taken over through the same rules as our own actions: back to
     * the status before a pause is hervatten, and an answer, a pause or closing needs its toelichting.
     * Doorzetten needs a behandelaar and a procesantwoord a date, which a status does not carry: those
     * are refused, for a person to do here.
     */
    public void neemStatusOver(VraagStatus naar, String toelichting, String door, Clock klok) {
        if (status == VraagStatus.WACHT_OP_INWONER && naar == historie.get(historie.size() - 1).van()) {
            hervat(door, klok);
            return;
        }
        if (!status.volgende().contains(naar)) {
            throw ongeldigeOvergang(status, naar);
        }
        switch (naar) {
            case BEANTWOORD -> beantwoord(toelichting, door, klok);
            case WACHT_OP_INWONER -> wachtOpInwoner(toelichting, door, klok);
            case GESLOTEN -> sluit(toelichting, door, klok);
            default -> throw new RegelGeschonden("vraag-overgang-onvolledig", "naar "
                    + naar.name().toLowerCase().replace('_', '-') + " gaat een vraag alleen met een behandelaar of"
                    + " een verwachte antwoorddatum, die een status uit het zaaksysteem niet meegeeft");
        }
    }

    /**
     * The deadline and whether it was met, as seen at {@code nu}. Once settled (a first reaction, or
     * closing without one) the verdict no longer moves: only pauses begun before that moment count.
     */
    public Termijnstand termijnstand(Instant nu) {
        Optional<Instant> beslissend = beslissendMoment();
        if (beslissend.isPresent()) {
            Instant moment = beslissend.get();
            List<Pauze> ervoor = pauzes.stream().filter(p -> p.van().isBefore(moment)).toList();
            Instant deadline = termijn.deadline(ontvangenOp, ervoor, moment);
            return new Termijnstand(deadline, !moment.isAfter(deadline));
        }
        Instant deadline = termijn.deadline(ontvangenOp, pauzes, nu);
        return new Termijnstand(deadline, nu.isAfter(deadline) ? Boolean.FALSE : null);
    }

    /** Whether the term was met, once that is settled; stored so monitoring can count it. */
    public Optional<Boolean> termijnGehaald() {
        return beslissendMoment().map(moment -> termijnstand(moment).gehaald());
    }

    /** The first reaction; without one, closing (the term counts as met only if closing came in time). */
    private Optional<Instant> beslissendMoment() {
        if (eersteReactieOp != null) {
            return Optional.of(eersteReactieOp);
        }
        if (status == VraagStatus.GESLOTEN) {
            return Optional.of(historie.get(historie.size() - 1).op());
        }
        return Optional.empty();
    }

    /**
     * The deadline that is still running: none once a reaction was given or the question was
     * closed. While the clock stands still the deadline moves with the pause, so it never passes;
     * but a question paused after its deadline had passed stays overdue, with that deadline.
     * Stored, so due and overdue lists are queries.
     */
    public Optional<Instant> lopendeDeadline() {
        if (eersteReactieOp != null || status == VraagStatus.GESLOTEN) {
            return Optional.empty();
        }
        if (status == VraagStatus.WACHT_OP_INWONER) {
            Instant pauzeBegin = pauzes.get(pauzes.size() - 1).van();
            Instant deadline = termijn.deadline(ontvangenOp, pauzes, pauzeBegin);
            return deadline.isBefore(pauzeBegin) ? Optional.of(deadline) : Optional.empty();
        }
        return Optional.of(termijn.deadline(ontvangenOp, pauzes, ontvangenOp));
    }

    private void registreerReactie(Clock klok) {
        if (eersteReactieOp == null) {
            eersteReactieOp = klok.instant();
        }
    }

    private void gaNaar(VraagStatus naar, String door, String toelichting, Clock klok) {
        if (!status.volgende().contains(naar)) {
            throw ongeldigeOvergang(status, naar);
        }
        historie.add(new Statusovergang(status, naar, klok.instant(), door, toelichting));
        status = naar;
        gewijzigdOp = klok.instant();
    }

    private static RegelGeschonden ongeldigeOvergang(VraagStatus van, VraagStatus naar) {
        String doel = naar == null ? "hervat" : naar.name().toLowerCase().replace('_', '-');
        return new RegelGeschonden("vraag-ongeldige-overgang",
                "een vraag met status " + van.name().toLowerCase().replace('_', '-') + " kan niet naar " + doel);
    }

    public VraagId getId() {
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

    public Instant getSpamOp() {
        return spamOp;
    }

    /**
     * The public face of the question: no asker, no handler, no text (residents write personal
     * details into it), only where it stands and the procesantwoord's words meant for the resident.
     */
    public OpenbareVraag openbaar(Instant nu) {
        String procesantwoord = historie.stream()
                .filter(o -> o.naar() == VraagStatus.PROCESANTWOORD_GEGEVEN)
                .reduce((eerste, tweede) -> tweede).map(Statusovergang::toelichting).orElse(null);
        Termijnstand stand = termijnstand(nu);
        return new OpenbareVraag(referentie, kern, status, ontvangenOp, stand.deadline(), stand.gehaald(),
                procesantwoord, verwachtAntwoordOp, gewijzigdOp, versie);
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getTekst() {
        return tekst;
    }

    public Contactpersoon getVrager() {
        return vrager;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public Optional<Contactpersoon> getKernambtenaar() {
        return Optional.ofNullable(kernambtenaar);
    }

    public LocalDate getVerwachtAntwoordOp() {
        return verwachtAntwoordOp;
    }

    public Antwoordtermijn getTermijn() {
        return termijn;
    }

    public Contactpersoon getBehandelaar() {
        return behandelaar;
    }

    public VraagStatus getStatus() {
        return status;
    }

    /** Oldest first. */
    public List<Statusovergang> getHistorie() {
        return List.copyOf(historie);
    }

    /** The receipt, the first entry of the history. */
    public Statusovergang eersteOvergang() {
        return historie.get(0);
    }

    /** The transition that led to the current status. */
    public Statusovergang laatsteOvergang() {
        return historie.get(historie.size() - 1);
    }

    public List<Pauze> getPauzes() {
        return List.copyOf(pauzes);
    }

    public Instant getEersteReactieOp() {
        return eersteReactieOp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }
}
