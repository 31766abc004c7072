package nl.kernpunt.domain.vraag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Contactpersoon;
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
    private final String onderwerp;
    private final String tekst;
    /** The asker: personal data, for the gemeente's own staff only. */
    private final Contactpersoon vrager;
    private final Instant ontvangenOp;
    /** The term that applied when the question came in: a later change of the setting moves no promise. */
    private final Antwoordtermijn termijn;
    private Contactpersoon behandelaar;
    private VraagStatus status;
    private final List<Statusovergang> historie;
    private final List<Pauze> pauzes;
    private Instant eersteReactieOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Vraag(VraagId id, Gemeentecode gemeente, KernId kern, String onderwerp, String tekst, Contactpersoon vrager,
                  Instant ontvangenOp, Antwoordtermijn termijn, Contactpersoon behandelaar, VraagStatus status, List<Statusovergang> historie,
                  List<Pauze> pauzes, Instant eersteReactieOp, Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.kern = Invoer.nietNull("kern", kern);
        this.onderwerp = Invoer.verplicht("onderwerp", onderwerp, 200);
        this.tekst = Invoer.verplicht("tekst", tekst, 5000);
        this.vrager = Invoer.nietNull("vrager", vrager);
        this.ontvangenOp = Invoer.nietNull("ontvangenOp", ontvangenOp);
        this.termijn = Objects.requireNonNull(termijn, "termijn");
        this.behandelaar = behandelaar;
        this.status = Objects.requireNonNull(status, "status");
        this.historie = new ArrayList<>(historie);
        this.pauzes = new ArrayList<>(pauzes);
        this.eersteReactieOp = eersteReactieOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** A question as it came in; {@code ontvangenOp} may lie before registration (a letter, a chat at the door). */
    public static Vraag ontvang(Gemeentecode gemeente, KernId kern, String onderwerp, String tekst, Contactpersoon vrager,
                                Instant ontvangenOp, Antwoordtermijn termijn, String door, Clock klok) {
        if (ontvangenOp.isAfter(klok.instant())) {
            throw new OngeldigeWaarde("ontvangenOp", "in-de-toekomst", "mag niet in de toekomst liggen");
        }
        Vraag vraag = new Vraag(VraagId.nieuw(), gemeente, kern, onderwerp, tekst, vrager, ontvangenOp, termijn, null,
                VraagStatus.ONTVANGEN, List.of(), List.of(), null, klok.instant(), 0);
        vraag.historie.add(new Statusovergang(null, VraagStatus.ONTVANGEN, klok.instant(), door, null));
        return vraag;
    }

    public static Vraag reconstitute(VraagId id, Gemeentecode gemeente, KernId kern, String onderwerp, String tekst,
                                     Contactpersoon vrager, Instant ontvangenOp, Antwoordtermijn termijn,
                                     Contactpersoon behandelaar,
                                     VraagStatus status, List<Statusovergang> historie, List<Pauze> pauzes,
                                     Instant eersteReactieOp, Instant gewijzigdOp, long versie) {
        return new Vraag(id, gemeente, kern, onderwerp, tekst, vrager, ontvangenOp, termijn, behandelaar, status, historie,
                pauzes, eersteReactieOp, gewijzigdOp, versie);
    }

    /** Hands the question to the colleague who must answer it. */
    public void zetDoor(Contactpersoon naarBehandelaar, String door, Clock klok) {
        Invoer.nietNull("behandelaar", naarBehandelaar);
        gaNaar(VraagStatus.DOORGEZET, door, "doorgezet naar " + naarBehandelaar.naam(), klok);
        this.behandelaar = naarBehandelaar;
    }

    /** Tells the resident the question is known, who handles it and when to expect the answer. */
    public void geefProcesantwoord(String toelichting, String door, Clock klok) {
        gaNaar(VraagStatus.PROCESANTWOORD_GEGEVEN, door, Invoer.verplicht("toelichting", toelichting, 2000), klok);
        registreerReactie(klok);
    }

    public void beantwoord(String samenvatting, String door, Clock klok) {
        gaNaar(VraagStatus.BEANTWOORD, door, Invoer.verplicht("samenvatting", samenvatting, 2000), klok);
        registreerReactie(klok);
    }

    /** The resident must react first: the clock stops until {@link #hervat}. */
    public void wachtOpInwoner(String reden, String door, Clock klok) {
        gaNaar(VraagStatus.WACHT_OP_INWONER, door, Invoer.verplicht("reden", reden, 2000), klok);
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
        gaNaar(VraagStatus.GESLOTEN, door, Invoer.verplicht("reden", reden, 2000), klok);
        if (wachtte) {
            Pauze open = pauzes.remove(pauzes.size() - 1);
            pauzes.add(new Pauze(open.van(), klok.instant()));
        }
    }

    /** The deadline and whether it was met, as seen at {@code nu}. */
    public Termijnstand termijnstand(Instant nu) {
        Instant deadline = termijn.deadline(ontvangenOp, pauzes, nu);
        if (eersteReactieOp != null) {
            return new Termijnstand(deadline, !eersteReactieOp.isAfter(deadline));
        }
        if (status == VraagStatus.GESLOTEN) {
            // closed without any reaction: the term counts as met only if closing came in time
            Instant gesloten = historie.get(historie.size() - 1).op();
            return new Termijnstand(deadline, !gesloten.isAfter(deadline));
        }
        return new Termijnstand(deadline, nu.isAfter(deadline) ? Boolean.FALSE : null);
    }

    /**
     * The deadline that is still running: none once a reaction was given or the question was
     * closed, and none while the clock stands still. Stored, so due and overdue lists are queries.
     */
    public Optional<Instant> lopendeDeadline() {
        if (eersteReactieOp != null || status == VraagStatus.GESLOTEN || status == VraagStatus.WACHT_OP_INWONER) {
            return Optional.empty();
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
