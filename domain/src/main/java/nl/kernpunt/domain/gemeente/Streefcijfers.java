package nl.kernpunt.domain.gemeente;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The targets a gemeente sets itself for its monitoring figures ({@link Streefwaarden}). Every
 * gemeente starts with West Betuwe's, the only ones the sources name (002); a beheerder changes or
 * clears them.
 */
public final class Streefcijfers {

    private final UUID id;
    private final Gemeentecode gemeente;
    private Streefwaarden waarden;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Streefcijfers(UUID id, Gemeentecode gemeente, Streefwaarden waarden, Instant aangemaaktOp,
                          Instant gewijzigdOp, long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.waarden = Objects.requireNonNull(waarden, "waarden");
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** West Betuwe's targets (002), for a gemeente that has not set its own. */
    public static Streefcijfers standaard(Gemeentecode gemeente, Clock klok) {
        Instant nu = klok.instant();
        return new Streefcijfers(UUID.randomUUID(), gemeente, Streefwaarden.WEST_BETUWE, nu, nu, 0);
    }

    public static Streefcijfers reconstitute(UUID id, Gemeentecode gemeente, Streefwaarden waarden,
                                             Instant aangemaaktOp, Instant gewijzigdOp, long versie) {
        return new Streefcijfers(id, gemeente, waarden, aangemaaktOp, gewijzigdOp, versie);
    }

    /** All at once: a target left out is cleared, so the request says the whole truth. */
    public void wijzig(Streefwaarden nieuw, Clock klok) {
        this.waarden = Objects.requireNonNull(nieuw, "waarden");
        this.gewijzigdOp = klok.instant();
    }

    public UUID getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public Streefwaarden getWaarden() {
        return waarden;
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
