package nl.kernpunt.domain.gemeente;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The targets a gemeente sets itself for its monitoring figures, each as a percentage (0–100, at
 * most one decimal) or absent (no target). Every gemeente starts with West Betuwe's, the only ones
 * the sources name (002: 85 % of the leefbaarheidsbudget granted, 50 % of the kernen with a
 * kernagenda); a beheerder changes or clears them.
 */
public final class Streefcijfers {

    private static final BigDecimal HONDERD = new BigDecimal("100");

    private final UUID id;
    private final Gemeentecode gemeente;
    private BigDecimal percentageBudgetToegekend;
    private BigDecimal percentageKernenMetKernagenda;
    private final Instant aangemaaktOp;
    private Instant gewijzigdOp;
    private final long versie;

    private Streefcijfers(UUID id, Gemeentecode gemeente, BigDecimal percentageBudgetToegekend,
                          BigDecimal percentageKernenMetKernagenda, Instant aangemaaktOp, Instant gewijzigdOp,
                          long versie) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.percentageBudgetToegekend = percentageBudgetToegekend;
        this.percentageKernenMetKernagenda = percentageKernenMetKernagenda;
        this.aangemaaktOp = aangemaaktOp;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** West Betuwe's targets (002), for a gemeente that has not set its own. */
    public static Streefcijfers standaard(Gemeentecode gemeente, Clock klok) {
        Instant nu = klok.instant();
        return new Streefcijfers(UUID.randomUUID(), gemeente, new BigDecimal("85.0"), new BigDecimal("50.0"), nu, nu, 0);
    }

    public static Streefcijfers reconstitute(UUID id, Gemeentecode gemeente, BigDecimal percentageBudgetToegekend,
                                             BigDecimal percentageKernenMetKernagenda, Instant aangemaaktOp,
                                             Instant gewijzigdOp, long versie) {
        return new Streefcijfers(id, gemeente, percentageBudgetToegekend, percentageKernenMetKernagenda, aangemaaktOp,
                gewijzigdOp, versie);
    }

    /** Both at once: a target left out is cleared, so the request says the whole truth. */
    public void wijzig(BigDecimal budgetToegekend, BigDecimal kernenMetKernagenda, Clock klok) {
        BigDecimal budget = percentage("percentageBudgetToegekend", budgetToegekend);
        BigDecimal kernagenda = percentage("percentageKernenMetKernagenda", kernenMetKernagenda);
        this.percentageBudgetToegekend = budget;
        this.percentageKernenMetKernagenda = kernagenda;
        this.gewijzigdOp = klok.instant();
    }

    /** One decimal, like the figures it stands next to (ADR 11). */
    private static BigDecimal percentage(String veld, BigDecimal waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde.signum() < 0 || waarde.compareTo(HONDERD) > 0) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen 0 en 100 liggen");
        }
        if (waarde.stripTrailingZeros().scale() > 1) {
            throw new OngeldigeWaarde(veld, "te-veel-decimalen", "hoogstens een decimaal");
        }
        return waarde.setScale(1);
    }

    public UUID getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public BigDecimal getPercentageBudgetToegekend() {
        return percentageBudgetToegekend;
    }

    public BigDecimal getPercentageKernenMetKernagenda() {
        return percentageKernenMetKernagenda;
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
