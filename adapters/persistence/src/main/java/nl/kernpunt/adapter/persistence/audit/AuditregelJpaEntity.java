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
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    String gemeente;

    String soort;

    @Column(name = "aggregaat_id")
    UUID aggregaat;

    Instant op;

    String door;

    String actie;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> gegevens;
}
