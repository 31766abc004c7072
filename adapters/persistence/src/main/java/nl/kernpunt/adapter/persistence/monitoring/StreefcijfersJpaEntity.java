package nl.kernpunt.adapter.persistence.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;

/** A row of {@code streefcijfers}. Public for Hibernate's proxy class loader (see KernJpaEntity). */
@Entity
@Table(name = "streefcijfers")
public class StreefcijfersJpaEntity extends Aggregaatrij {

    @Column(name = "percentage_budget_toegekend")
    public BigDecimal percentageBudgetToegekend;

    @Column(name = "percentage_kernen_met_kernagenda")
    public BigDecimal percentageKernenMetKernagenda;

    @Column(name = "minimaal_rapportcijfer")
    public BigDecimal minimaalRapportcijfer;

    @Column(name = "minimale_leefbaarometer")
    public BigDecimal minimaleLeefbaarometer;

    @Column(name = "percentage_gebieden_met_overlegtafel")
    public BigDecimal percentageGebiedenMetOverlegtafel;
}
