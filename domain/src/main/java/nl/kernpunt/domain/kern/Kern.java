package nl.kernpunt.domain.kern;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A village (or small town with its rural area) in one gemeente. The history of who held its
 * functions is kept in full, so nothing is lost when people change.
 */
public final class Kern {

    private final KernId id;
    private final Gemeentecode gemeente;
    private KernProfiel profiel;
    private final List<Functievervulling> functiehistorie;
    private boolean gearchiveerd;
    private Maatwerk maatwerk;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Kern(KernId id, Gemeentecode gemeente, KernProfiel profiel, List<Functievervulling> functiehistorie,
                 boolean gearchiveerd, Maatwerk maatwerk, Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.profiel = Objects.requireNonNull(profiel, "profiel");
        this.functiehistorie = new ArrayList<>(functiehistorie);
        this.gearchiveerd = gearchiveerd;
        this.maatwerk = Objects.requireNonNull(maatwerk, "maatwerk");
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** A new kern; the first kernambtenaar and kernwethouder may be named at once or later. */
    public static Kern nieuw(Gemeentecode gemeente, KernProfiel profiel, Contactpersoon kernambtenaar,
                             Contactpersoon kernwethouder, String door, Clock klok) {
        Instant nu = klok.instant();
        Kern kern = new Kern(KernId.nieuw(), gemeente, profiel, List.of(), false, Maatwerk.GEEN, nu, nu, 0);
        if (kernambtenaar != null) {
            kern.functiehistorie.add(new Functievervulling(Functie.KERNAMBTENAAR, kernambtenaar, nu, null, door, null));
        }
        if (kernwethouder != null) {
            kern.functiehistorie.add(new Functievervulling(Functie.KERNWETHOUDER, kernwethouder, nu, null, door, null));
        }
        return kern;
    }

    public static Kern reconstitute(KernId id, Gemeentecode gemeente, KernProfiel profiel,
                                    List<Functievervulling> functiehistorie, boolean gearchiveerd,
                                    Maatwerk maatwerk, Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        return new Kern(id, gemeente, profiel, functiehistorie, gearchiveerd, maatwerk, aangemaaktOp, gewijzigdOp,
                versie);
    }

    /** The gemeente gives this kern settings of its own; what is absent follows the gemeente's. */
    public void stelMaatwerkIn(Maatwerk nieuw, Clock klok) {
        vereisActief();
        this.maatwerk = Objects.requireNonNull(nieuw, "maatwerk");
        this.gewijzigdOp = klok.instant();
    }

    public void wijzig(KernProfiel nieuwProfiel, Clock klok) {
        vereisActief();
        this.profiel = Objects.requireNonNull(nieuwProfiel, "profiel");
        this.gewijzigdOp = klok.instant();
    }

    /**
     * Hands a function over: the current holder's period ends now and the successor's starts now,
     * with a note for the successor. Both stay in the history.
     */
    public void draagOver(Functie functie, Contactpersoon opvolger, String door, String notitie, Clock klok) {
        vereisActief();
        Objects.requireNonNull(opvolger, "opvolger");
        Optional<Functievervulling> huidige = huidigeVervulling(functie);
        if (huidige.map(v -> v.persoon().equals(opvolger)).orElse(false)) {
            throw new RegelGeschonden("functie-ongewijzigd",
                    opvolger.naam() + " vervult de functie " + functie.name().toLowerCase() + " al");
        }
        Instant nu = klok.instant();
        huidige.ifPresent(v -> functiehistorie.set(functiehistorie.indexOf(v), v.beeindigd(nu)));
        functiehistorie.add(new Functievervulling(functie, opvolger, nu, null, door, notitie));
        this.gewijzigdOp = nu;
    }

    public void archiveer(Clock klok) {
        vereisActief();
        this.gearchiveerd = true;
        this.gewijzigdOp = klok.instant();
    }

    public OpenbareKern openbaar() {
        return new OpenbareKern(id, gemeente, profiel.naam(), profiel.gebied(),
                getKernambtenaar().orElse(null), gearchiveerd);
    }

    public Optional<Contactpersoon> getKernambtenaar() {
        return huidigeVervulling(Functie.KERNAMBTENAAR).map(Functievervulling::persoon);
    }

    public Optional<Contactpersoon> getKernwethouder() {
        return huidigeVervulling(Functie.KERNWETHOUDER).map(Functievervulling::persoon);
    }

    private Optional<Functievervulling> huidigeVervulling(Functie functie) {
        return functiehistorie.stream()
                .filter(v -> v.functie() == functie && v.isHuidig())
                .findFirst();
    }

    private void vereisActief() {
        if (gearchiveerd) {
            throw new RegelGeschonden("kern-gearchiveerd", "kern " + profiel.naam() + " is gearchiveerd en kan niet meer wijzigen");
        }
    }

    public KernId getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public KernProfiel getProfiel() {
        return profiel;
    }

    /** Oldest first. */
    public List<Functievervulling> getFunctiehistorie() {
        return List.copyOf(functiehistorie);
    }

    public Maatwerk getMaatwerk() {
        return maatwerk;
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
