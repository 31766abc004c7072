package nl.kernpunt.adapter.persistence.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.domain.indicator.Meting;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code indicator}. Public only because Quarkus defines Hibernate's proxies in another
 * class loader; the ArchUnit rule keeps it inside this adapter.
 */
@Entity
@Table(name = "indicator")
public class IndicatorJpaEntity extends Aggregaatrij {

    public String naam;
    public String omschrijving;
    public String eenheid;
    public String bron;

    @Column(name = "kern_id")
    public UUID kernId;

    @Column(name = "nulmeting_waarde")
    public BigDecimal nulmetingWaarde;
    @Column(name = "nulmeting_jaar")
    public int nulmetingJaar;
    @Column(name = "benchmark_waarde")
    public BigDecimal benchmarkWaarde;
    @Column(name = "benchmark_omschrijving")
    public String benchmarkOmschrijving;
    @Column(name = "streef_waarde")
    public BigDecimal streefWaarde;
    @Column(name = "streef_jaar")
    public Integer streefJaar;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Meting> metingen;
}
