package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.kern.Uitrolfase;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code kern} with its lists of value objects, each kept in order in its own table. In
 * the one entity style (see {@link Aggregaatrij}); the mapper refills Hibernate's own lists in place.
 */
@Entity
@Table(name = "kern")
public class KernJpaEntity extends Aggregaatrij {

    /**
     * A page's lists load in one query per table for all its kernen (no N+1): the first list read
     * loads that list for every kern of the page still in the session.
     */
    private static final int EEN_PAGINA = PaginaVerzoek.MAX_GROOTTE + 1;

    public String naam;

    public String gebied;

    @Enumerated(EnumType.STRING)
    public Uitrolfase uitrolfase;

    @ElementCollection
    @CollectionTable(name = "kern_dorpsbelangenorganisatie", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<DorpsbelangenorganisatieJpaEmbeddable> dorpsbelangenorganisaties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kern_communicatiekanaal", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<CommunicatiekanaalJpaEmbeddable> communicatiekanalen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kern_functievervulling", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    public List<FunctievervullingJpaEmbeddable> functiehistorie = new ArrayList<>();

    public boolean gearchiveerd;

    /** The kern's own answer term (ADR 23); null follows the gemeente's. */
    @Column(name = "eigen_antwoordtermijn_dagen")
    public Integer eigenAntwoordtermijnDagen;

    /** The kern's own silence threshold (ADR 28); null follows the gemeente's. */
    @Column(name = "eigen_stilte_drempel_dagen")
    public Integer eigenStilteDrempelDagen;

    /** The kern's own leefbaarheidsbudget per year in cents (ADR 28); null follows the scheme's amount. */
    @Column(name = "eigen_leefbaarheidsbudget_centen")
    public Long eigenLeefbaarheidsbudgetCenten;
}
