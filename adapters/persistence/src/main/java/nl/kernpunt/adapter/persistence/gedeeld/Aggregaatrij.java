package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns a gemeente's aggregate row shares with the others: its key, the gemeente (char(4):
 * without the type code schema validation expects varchar), when it was made and last changed, and
 * the version Hibernate alone moves (every mapper ignores it on writing).
 *
 * <p>The one entity style of this adapter (docs/adr/0001): a public class, because Quarkus defines
 * Hibernate's proxies in another class loader, with public fields and no accessors, which Hibernate
 * reads by field and MapStruct maps as properties; value objects are {@code @Embeddable} records; a
 * row with all five columns here extends this class. The ArchUnit rule keeps rows inside the adapter.
 */
@MappedSuperclass
public abstract class Aggregaatrij {

    @Id
    public UUID id;

    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String gemeente;

    @Column(name = "aangemaakt_op", updatable = false)
    public Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    public Instant gewijzigdOp;

    @Version
    public long versie;
}
