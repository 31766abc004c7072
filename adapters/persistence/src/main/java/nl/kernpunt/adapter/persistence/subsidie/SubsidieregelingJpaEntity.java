package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import org.hibernate.annotations.BatchSize;

/** A row of {@code subsidieregeling}. Public for Hibernate's proxy class loader (see KernJpaEntity). */
@Entity
@Table(name = "subsidieregeling")
public class SubsidieregelingJpaEntity extends Aggregaatrij {

    @Column(updatable = false)
    public String code;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    public Budgetsoort budgetsoort;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    public Ontvangersoort ontvangersoort;

    public boolean gearchiveerd;

    public String naam;

    @Column(name = "bedrag_centen")
    public long bedragCenten;

    /** Read with the scheme: a decision needs it. A gemeente's schemes load theirs in one query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subsidieregeling_doelcriterium", joinColumns = @JoinColumn(name = "regeling_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = 16)
    public List<DoelcriteriumJpaEmbeddable> doeltoets = new ArrayList<>();

    /** Fixed at creation (docs/adr/0029); read with the scheme, as an application is checked against it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subsidieregeling_uitgesloten_kosten", joinColumns = @JoinColumn(name = "regeling_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = 16)
    public List<UitgeslotenKostenJpaEmbeddable> uitgeslotenKosten = new ArrayList<>();
}
