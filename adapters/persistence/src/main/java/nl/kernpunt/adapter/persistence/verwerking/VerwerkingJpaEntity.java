package nl.kernpunt.adapter.persistence.verwerking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code verwerking}: inserted, never updated (the table refuses it too). Public only
 * because Quarkus defines Hibernate's proxies in another class loader.
 */
@Entity
@Immutable
@Table(name = "verwerking")
public class VerwerkingJpaEntity {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    public Instant op;

    public String activiteit;

    public String naam;

    public String grondslag;

    public String handeling;

    public String gebruiker;

    /** Comma-separated, sorted. */
    public String rollen;

    public String objectsoort;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public UUID[] objecten;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] betrokkenen;

    @Column(name = "trace_id")
    public String traceId;
}
