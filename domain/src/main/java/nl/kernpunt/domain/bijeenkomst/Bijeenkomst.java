package nl.kernpunt.domain.bijeenkomst;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A meeting in or for one or more kernen. Feedback to the participants is due within the
 * gemeente's term after the meeting's day; the due date is fixed when the meeting is recorded
 * (or its day changes), so a later change of the gemeente's setting does not move it. Recording
 * the feedback, once, settles it.
 */
public final class Bijeenkomst {

    private final BijeenkomstId id;
    private final Gemeentecode gemeente;
    private BijeenkomstGegevens gegevens;
    private LocalDate terugkoppelingUiterlijk;
    private Terugkoppeling terugkoppeling;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Bijeenkomst(BijeenkomstId id, Gemeentecode gemeente, BijeenkomstGegevens gegevens,
                        LocalDate terugkoppelingUiterlijk, Terugkoppeling terugkoppeling, Instant aangemaaktOp,
                        Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.gegevens = Objects.requireNonNull(gegevens, "gegevens");
        this.terugkoppelingUiterlijk = Objects.requireNonNull(terugkoppelingUiterlijk, "terugkoppelingUiterlijk");
        this.terugkoppeling = terugkoppeling;
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** @param termijnDagen the gemeente's feedback term in calendar days */
    public static Bijeenkomst leg(Gemeentecode gemeente, BijeenkomstGegevens gegevens, int termijnDagen, Clock klok) {
        Instant nu = klok.instant();
        return new Bijeenkomst(BijeenkomstId.nieuw(), gemeente, gegevens, gegevens.datum().plusDays(termijnDagen), null,
                nu, nu, 0);
    }

    public static Bijeenkomst reconstitute(BijeenkomstId id, Gemeentecode gemeente, BijeenkomstGegevens gegevens,
                                           LocalDate terugkoppelingUiterlijk, Terugkoppeling terugkoppeling,
                                           Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        return new Bijeenkomst(id, gemeente, gegevens, terugkoppelingUiterlijk, terugkoppeling, aangemaaktOp,
                gewijzigdOp, versie);
    }

    /** A moved meeting gets a new due date under the current term; one with feedback may not move past it. */
    public void wijzig(BijeenkomstGegevens nieuweGegevens, int termijnDagen, Clock klok) {
        Objects.requireNonNull(nieuweGegevens, "gegevens");
        if (terugkoppeling != null && terugkoppeling.datum().isBefore(nieuweGegevens.datum())) {
            throw new OngeldigeWaarde("datum", "na-terugkoppeling", "ligt na de terugkoppeling van " + terugkoppeling.datum());
        }
        if (!nieuweGegevens.datum().equals(gegevens.datum())) {
            terugkoppelingUiterlijk = nieuweGegevens.datum().plusDays(termijnDagen);
        }
        gegevens = nieuweGegevens;
        gewijzigdOp = klok.instant();
    }

    /** Feedback comes after the meeting was held and is given once; its day is not in the future. */
    public void legTerugkoppelingVast(Terugkoppeling gegeven, Clock klok) {
        Objects.requireNonNull(gegeven, "terugkoppeling");
        LocalDate vandaag = vandaag(klok);
        if (terugkoppeling != null) {
            throw new RegelGeschonden("terugkoppeling-al-vastgelegd",
                    "de terugkoppeling van deze bijeenkomst is al vastgelegd op " + terugkoppeling.datum());
        }
        if (gegevens.datum().isAfter(vandaag)) {
            throw new RegelGeschonden("bijeenkomst-nog-niet-gehouden",
                    "de bijeenkomst is pas op " + gegevens.datum() + "; terugkoppelen kan daarna");
        }
        if (gegeven.datum().isBefore(gegevens.datum())) {
            throw new OngeldigeWaarde("datum", "voor-bijeenkomst", "ligt voor de bijeenkomst van " + gegevens.datum());
        }
        if (gegeven.datum().isAfter(vandaag)) {
            throw new OngeldigeWaarde("datum", "in-toekomst", "ligt na vandaag");
        }
        terugkoppeling = gegeven;
        gewijzigdOp = klok.instant();
    }

    /** No feedback yet and the due date lies before today (Dutch calendar). */
    public boolean isTerugkoppelingVerlopen(LocalDate vandaag) {
        return terugkoppeling == null && terugkoppelingUiterlijk.isBefore(vandaag);
    }

    /** Feedback recorded on or before the due date. */
    public boolean isTijdigTeruggekoppeld() {
        return terugkoppeling != null && !terugkoppeling.datum().isAfter(terugkoppelingUiterlijk);
    }

    public static LocalDate vandaag(Clock klok) {
        return Periode.vandaag(klok);
    }

    public BijeenkomstId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public BijeenkomstGegevens getGegevens() {
        return gegevens;
    }

    public LocalDate getTerugkoppelingUiterlijk() {
        return terugkoppelingUiterlijk;
    }

    public Optional<Terugkoppeling> getTerugkoppeling() {
        return Optional.ofNullable(terugkoppeling);
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
