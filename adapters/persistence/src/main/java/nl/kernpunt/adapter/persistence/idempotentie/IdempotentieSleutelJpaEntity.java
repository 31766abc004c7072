package nl.kernpunt.adapter.persistence.idempotentie;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code idempotentie_sleutel}, only read through JPA: it is claimed by a native insert
 * and changed by bulk statements, so two requests never race on a loaded copy. Public only because
 * Quarkus defines Hibernate's proxy subclass in another class loader.
 */
@Entity
@Table(name = "idempotentie_sleutel")
public class IdempotentieSleutelJpaEntity {

    @EmbeddedId
    public IdempotentieSleutelJpaId id;

    public String vingerafdruk;

    /** Null while the first request is still running. */
    public Integer status;

    public String locatie;

    public String etag;

    public String inhoud;

    @Column(name = "verloopt_op")
    public Instant verlooptOp;
}
