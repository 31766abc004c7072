package nl.kernpunt.adapter.persistence.gedeeld;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;

/**
 * How every aggregate is written: a new one is persisted, a loaded one is saved only if its row
 * still has the version the use case loaded, and the flush happens here, so a concurrent change or
 * a violated unique index is reported in the aggregate's own words (docs/adr/0004). Not
 * transactional itself: the calling use case owns the transaction. Subclasses are stateless
 * {@code @Singleton}s: a normal-scoped proxy would need a no-args constructor this class lacks.
 * Reading by key and a keyset page are here too, so a subclass holds only its own queries.
 *
 * @param <A> the aggregate
 * @param <E> its JPA entity
 * @param <I> the entity's id type
 */
public abstract class AggregaatPersistenceAdapter<A, E, I> {

    private final String soort;
    private final PanacheRepositoryBase<E, I> rijen;
    private final EntityMapper<A, E> mapper;

    protected AggregaatPersistenceAdapter(String soort, PanacheRepositoryBase<E, I> rijen, EntityMapper<A, E> mapper) {
        this.soort = soort;
        this.rijen = rijen;
        this.mapper = mapper;
    }

    protected abstract E nieuweRij();

    protected abstract I sleutel(A aggregaat);

    protected abstract long versie(A aggregaat);

    protected abstract long versieVan(E rij);

    /** The unique indexes a write of this aggregate may violate, with the domain rule each guards. */
    protected List<Wegschrijven.UniekeIndex> uniekeIndexen(A aggregaat) {
        return List.of();
    }

    /** The aggregate whose row has this key, if there is one. */
    protected Optional<A> vindOp(I sleutel) {
        return rijen.findByIdOptional(sleutel).map(mapper::naarDomein);
    }

    /**
     * The page after the request's cursor, as {@link KeysetPagina#na} reads it. Each row leaves the
     * persistence context once mapped: nothing writes it back ({@link #bewaar} loads its row again), so
     * the commit's flush need not compare a hundred rows and their lists field by field (docs/adr/0031).
     */
    protected Pagina<A> pagina(Class<E> soortRij, Voorwaarden voorwaarden, KeysetVolgorde<E> volgorde,
                               KeysetCursor cursor, PaginaVerzoek verzoek) {
        EntityManager entityManager = entityManager();
        return KeysetPagina.na(entityManager, soortRij, voorwaarden, volgorde, cursor, verzoek, rij -> {
            A aggregaat = mapper.naarDomein(rij);
            entityManager.detach(rij);
            return aggregaat;
        });
    }

    protected A naarDomein(E rij) {
        return mapper.naarDomein(rij);
    }

    protected PanacheRepositoryBase<E, I> rijen() {
        return rijen;
    }

    protected EntityManager entityManager() {
        return rijen.getEntityManager();
    }

    public A voegToe(A aggregaat) {
        E rij = nieuweRij();
        mapper.kopieer(aggregaat, rij);
        rijen.persist(rij);
        schrijfWeg(aggregaat);
        return mapper.naarDomein(rij);
    }

    /** The use case compared the version it loaded; the flush catches a change committed since. */
    public A bewaar(A aggregaat) {
        E rij = rijen.findByIdOptional(sleutel(aggregaat))
                .filter(geladen -> versieVan(geladen) == versie(aggregaat))
                .orElseThrow(() -> new VersieVerouderd(soort, sleutel(aggregaat)));
        mapper.kopieer(aggregaat, rij);
        schrijfWeg(aggregaat);
        return mapper.naarDomein(rij);
    }

    private void schrijfWeg(A aggregaat) {
        Wegschrijven.flush(rijen, () -> new VersieVerouderd(soort, sleutel(aggregaat)),
                uniekeIndexen(aggregaat).toArray(Wegschrijven.UniekeIndex[]::new));
    }
}
