package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.kern.Uitrolfase;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code kern} with its lists of value objects, each kept in order in its own table.
 * Public only because Quarkus defines Hibernate's proxy subclass in another class loader, which
 * cannot extend a package-private class; the ArchUnit rule keeps it inside this adapter. The lists
 * have getters only, so a copy refills Hibernate's own list instead of replacing it, and the
 * version has no setter: Hibernate alone moves it.
 */
@Entity
@Table(name = "kern")
public class KernJpaEntity {

    /**
     * A page's lists load in one query per table for all its kernen (no N+1): the first list read
     * loads that list for every kern of the page still in the session.
     */
    private static final int EEN_PAGINA = PaginaVerzoek.MAX_GROOTTE + 1;

    @Id
    private UUID id;

    /** The gemeente's code, char(4): without the type code schema validation expects varchar. */
    @Column(updatable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String gemeente;

    private String naam;

    private String gebied;

    @Enumerated(EnumType.STRING)
    private Uitrolfase uitrolfase;

    @ElementCollection
    @CollectionTable(name = "kern_dorpsbelangenorganisatie", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<DorpsbelangenorganisatieJpaEmbeddable> dorpsbelangenorganisaties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kern_communicatiekanaal", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<CommunicatiekanaalJpaEmbeddable> communicatiekanalen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "kern_functievervulling", joinColumns = @JoinColumn(name = "kern_id"))
    @OrderColumn(name = "volgorde")
    @BatchSize(size = EEN_PAGINA)
    private List<FunctievervullingJpaEmbeddable> functiehistorie = new ArrayList<>();

    private boolean gearchiveerd;

    @Column(name = "aangemaakt_op", updatable = false)
    private Instant aangemaaktOp;

    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    @Version
    private long versie;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getGebied() {
        return gebied;
    }

    public void setGebied(String gebied) {
        this.gebied = gebied;
    }

    public Uitrolfase getUitrolfase() {
        return uitrolfase;
    }

    public void setUitrolfase(Uitrolfase uitrolfase) {
        this.uitrolfase = uitrolfase;
    }

    public List<DorpsbelangenorganisatieJpaEmbeddable> getDorpsbelangenorganisaties() {
        return dorpsbelangenorganisaties;
    }

    public List<CommunicatiekanaalJpaEmbeddable> getCommunicatiekanalen() {
        return communicatiekanalen;
    }

    public List<FunctievervullingJpaEmbeddable> getFunctiehistorie() {
        return functiehistorie;
    }

    public boolean isGearchiveerd() {
        return gearchiveerd;
    }

    public void setGearchiveerd(boolean gearchiveerd) {
        this.gearchiveerd = gearchiveerd;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public void setAangemaaktOp(Instant aangemaaktOp) {
        this.aangemaaktOp = aangemaaktOp;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public void setGewijzigdOp(Instant gewijzigdOp) {
        this.gewijzigdOp = gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }
}
