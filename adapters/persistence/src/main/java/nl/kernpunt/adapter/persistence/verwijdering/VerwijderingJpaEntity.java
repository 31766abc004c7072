package nl.kernpunt.adapter.persistence.verwijdering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.verwijdering.Resourcesoort;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderreden;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code verwijdering}, a tombstone: inserted, never updated. Its moment is the attribute
 * {@code gewijzigdOp}, as on every list with delta sync, so the shared order and condition apply.
 */
@Entity
@Immutable
@Table(name = "verwijdering")
public class VerwijderingJpaEntity {

    @Id
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    @Enumerated(EnumType.STRING)
    public Resourcesoort soort;

    @Column(name = "resource_id")
    public UUID resource;

    @Enumerated(EnumType.STRING)
    public Verwijderreden reden;

    @Column(name = "verwijderd_op")
    public Instant gewijzigdOp;
}
