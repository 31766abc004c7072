package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.domain.subsidie.Regelingsoort;

/** A row of {@code subsidieregeling}. Public for Hibernate's proxy class loader (see KernJpaEntity). */
@Entity
@Table(name = "subsidieregeling")
public class SubsidieregelingJpaEntity extends Aggregaatrij {

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    public Regelingsoort soort;

    public String naam;

    @Column(name = "bedrag_centen")
    public long bedragCenten;
}
