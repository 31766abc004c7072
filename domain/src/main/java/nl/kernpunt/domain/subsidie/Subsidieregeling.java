package nl.kernpunt.domain.subsidie;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * A gemeente's grant scheme of one kind, with its own name and amount: the cap for a capped scheme,
 * the contribution for a fixed one. Every gemeente starts with Buren's; a beheerder may change them.
 */
public final class Subsidieregeling {

    private final UUID id;
    private final Gemeentecode gemeente;
    private final Regelingsoort soort;
    private String naam;
    private Bedrag bedrag;
    private Doeltoets doeltoets;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Subsidieregeling(UUID id, Gemeentecode gemeente, Regelingsoort soort, String naam, Bedrag bedrag,
                             Doeltoets doeltoets, Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.soort = Objects.requireNonNull(soort, "soort");
        this.naam = naam;
        this.bedrag = bedrag;
        this.doeltoets = Objects.requireNonNull(doeltoets, "doeltoets");
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** The scheme with Buren's name and amount, without a purpose test until the gemeente sets one. */
    public static Subsidieregeling standaard(Gemeentecode gemeente, Regelingsoort soort, Clock klok) {
        Instant nu = klok.instant();
        return new Subsidieregeling(UUID.randomUUID(), gemeente, soort, soort.standaardNaam(), soort.standaardBedrag(),
                Doeltoets.GEEN, nu, nu, 0);
    }

    public static Subsidieregeling reconstitute(UUID id, Gemeentecode gemeente, Regelingsoort soort, String naam,
                                                Bedrag bedrag, Doeltoets doeltoets, Instant aangemaaktOp,
                                                Instant gewijzigdOp, long versie) {
        return new Subsidieregeling(id, gemeente, soort, naam, bedrag, doeltoets, aangemaaktOp, gewijzigdOp, versie);
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

    /** The pot a grant in this kern and year draws on; the kern counts only for the per-kern scheme. */
    public Budgetpot pot(KernId kern, int jaar) {
        return switch (soort.budgetsoort()) {
            case PER_KERN_PER_JAAR -> new Budgetpot(gemeente, soort, Objects.requireNonNull(kern, "kern"), jaar, bedrag);
            case PER_GEMEENTE_PER_JAAR -> new Budgetpot(gemeente, soort, null, jaar, bedrag);
            case VAST_BEDRAG -> new Budgetpot(gemeente, soort, null, jaar, null);
        };
    }

    public UUID getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public Regelingsoort getSoort() {
        return soort;
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
