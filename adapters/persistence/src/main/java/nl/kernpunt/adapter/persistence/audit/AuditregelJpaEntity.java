package nl.kernpunt.adapter.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code auditregel}: inserted, never updated (the table refuses it too). Public only
 * because Quarkus defines Hibernate's proxies in another class loader.
 */
@Entity
@Immutable
@Table(name = "auditregel")
public class AuditregelJpaEntity {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    public String soort;

    @Column(name = "aggregaat_id")
    public UUID aggregaat;

    public Instant op;

    public String door;

    public String actie;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> gegevens;
}
