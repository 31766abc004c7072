package nl.kernpunt.domain.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A monitored figure [000 §4.3; 004 §5] with its measurements over time, oldest first. A
 * measurement is added, never overwritten: one per day, and not in the future.
 */
public final class Indicator {

    private final IndicatorId id;
    private final Gemeentecode gemeente;
    private IndicatorGegevens gegevens;
    private final List<Meting> metingen;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Indicator(IndicatorId id, Gemeentecode gemeente, IndicatorGegevens gegevens, List<Meting> metingen,
                      Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.gegevens = Objects.requireNonNull(gegevens, "gegevens");
        this.metingen = new ArrayList<>(metingen);
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    public static Indicator nieuw(Gemeentecode gemeente, IndicatorGegevens gegevens, Clock klok) {
        Instant nu = klok.instant();
        return new Indicator(IndicatorId.nieuw(), gemeente, gegevens, List.of(), nu, nu, 0);
    }

    public static Indicator reconstitute(IndicatorId id, Gemeentecode gemeente, IndicatorGegevens gegevens,
                                         List<Meting> metingen, Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        return new Indicator(id, gemeente, gegevens, metingen, aangemaaktOp, gewijzigdOp, versie);
    }

    public void wijzig(IndicatorGegevens nieuweGegevens, Clock klok) {
        gegevens = Objects.requireNonNull(nieuweGegevens, "gegevens");
        gewijzigdOp = klok.instant();
    }

    public void voegMetingToe(Meting meting, Clock klok) {
        Objects.requireNonNull(meting, "meting");
        if (meting.peildatum().isAfter(Periode.vandaag(klok))) {
            throw new OngeldigeWaarde("peildatum", "in-toekomst", "ligt na vandaag");
        }
        if (metingen.stream().anyMatch(m -> m.peildatum().equals(meting.peildatum()))) {
            throw new RegelGeschonden("meting-bestaat-al", "er is al een meting op " + meting.peildatum());
        }
        metingen.add(meting);
        metingen.sort(Comparator.comparing(Meting::peildatum));
        gewijzigdOp = klok.instant();
    }

    public IndicatorId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public IndicatorGegevens getGegevens() {
        return gegevens;
    }

    public List<Meting> getMetingen() {
        return List.copyOf(metingen);
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
