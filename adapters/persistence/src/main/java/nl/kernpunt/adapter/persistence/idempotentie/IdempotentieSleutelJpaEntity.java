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
    private IdempotentieSleutelJpaId id;

    private String vingerafdruk;

    private Integer status;

    private String locatie;

    private String etag;

    private String inhoud;

    @Column(name = "verloopt_op")
    private Instant verlooptOp;

    public String getVingerafdruk() {
        return vingerafdruk;
    }

    /** Null while the first request is still running. */
    public Integer getStatus() {
        return status;
    }

    public String getLocatie() {
        return locatie;
    }

    public String getEtag() {
        return etag;
    }

    public String getInhoud() {
        return inhoud;
    }
}
