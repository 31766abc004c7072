package nl.kernpunt.adapter.persistence.gebeurtenis;

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
 * A row of {@code gebeurtenis}: inserted, never changed. Its kernen (for the subscriptions' kern filter)
 * are filled in by SQL from the resource itself. Public only for Hibernate's proxies.
 */
@Entity
@Immutable
@Table(name = "gebeurtenis")
public class GebeurtenisJpaEntity {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    /** Given after the commit by the numbering step (V31, docs/adr/0036); null until then. */
    @Column(insertable = false, updatable = false)
    public Long volgnummer;

    public String type;

    public String bron;

    public UUID subject;

    public String dataref;

    public Instant tijd;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> data;
}
