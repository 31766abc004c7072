package nl.kernpunt.adapter.persistence.kernagenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.domain.kernagenda.Feit;
import nl.kernpunt.domain.kernagenda.Thema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code kernagenda}: the domain's own theme and fact records as JSON, validated again by
 * their constructors when read back. Public only because Quarkus defines Hibernate's proxies in
 * another class loader; the ArchUnit rule keeps it inside this adapter.
 */
@Entity
@Table(name = "kernagenda")
public class KernagendaJpaEntity {

    @Id
    @Column(name = "kern_id")
    public UUID kernId;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Thema> themas;

    @Column(name = "aantal_themas")
    public int aantalThemas;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Feit> canvas;

    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    @Version
    public long versie;
}
