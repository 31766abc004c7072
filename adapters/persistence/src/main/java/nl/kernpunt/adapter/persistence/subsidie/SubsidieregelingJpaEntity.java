package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code subsidieregeling}. Public for Hibernate's proxy class loader (see KernJpaEntity). */
@Entity
@Table(name = "subsidieregeling")
public class SubsidieregelingJpaEntity {

    @Id
    UUID id;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    String gemeente;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    Regelingsoort soort;

    String naam;

    @Column(name = "bedrag_centen")
    long bedragCenten;

    @Column(name = "aangemaakt_op", updatable = false)
    Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    Instant gewijzigdOp;

    @Version
    long versie;
}
