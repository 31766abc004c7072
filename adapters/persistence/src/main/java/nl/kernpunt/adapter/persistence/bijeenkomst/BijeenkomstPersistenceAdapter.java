package nl.kernpunt.adapter.persistence.bijeenkomst;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.kern.KernId;

/** The meetings port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class BijeenkomstPersistenceAdapter extends AggregaatPersistenceAdapter<Bijeenkomst, BijeenkomstJpaEntity, UUID>
        implements BijeenkomstRepository {

    private static final KeysetVolgorde<BijeenkomstJpaEntity> OP_DATUM = new KeysetVolgorde<>("bijeenkomsten-op-datum",
            "datum", rij -> rij.datum.toString(), positie -> LocalDate.parse(positie.tekst(0)), rij -> rij.id);
    private static final KeysetVolgorde<BijeenkomstJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("bijeenkomsten",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    BijeenkomstPersistenceAdapter(BijeenkomstPanacheRepository bijeenkomsten, BijeenkomstEntityMapper mapper) {
        super("bijeenkomst", bijeenkomsten, mapper);
    }

    @Override
    public Optional<Bijeenkomst> vind(BijeenkomstId id) {
        return vindOp(id.waarde());
    }

    @Override
    public Pagina<Bijeenkomst> zoek(BijeenkomstFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<BijeenkomstJpaEntity> volgorde = KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_DATUM);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.kern(), filter.van(),
                filter.tot(), filter.verlopenOp(), filter.gewijzigdSinds());
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde());
        if (filter.kern() != null) {
            voorwaarden.en(":kern member of kernen").met("kern", filter.kern().waarde());
        }
        if (filter.van() != null) {
            voorwaarden.en("datum >= :van").met("van", filter.van());
        }
        if (filter.tot() != null) {
            voorwaarden.en("datum < :tot").met("tot", filter.tot());
        }
        if (filter.verlopenOp() != null) {
            voorwaarden.en("terugkoppelingDatum is null and terugkoppelingUiterlijk < :vandaag")
                    .met("vandaag", filter.verlopenOp());
        }
        voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
        return pagina(BijeenkomstJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    /** One aggregate query; the kern condition goes through the collection table's index. */
    @Override
    public Bijeenkomstcijfers tel(Monitoringbereik bereik, LocalDate vandaag) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("b.gemeente = :gemeente").met("gemeente", bereik.gemeente().waarde())
                .en("b.datum >= :van and b.datum < :tot and b.datum <= :vandaag")
                .met("van", bereik.periode().van()).met("tot", bereik.periode().tot()).met("vandaag", vandaag);
        bereik.kern().ifPresent(kern -> voorwaarden.en(":kern member of b.kernen").met("kern", kern.waarde()));
        var query = entityManager().createQuery("select count(b), "
                + "sum(case when b.terugkoppelingDatum <= b.terugkoppelingUiterlijk then 1 else 0 end), "
                + "sum(case when b.terugkoppelingDatum is null and b.terugkoppelingUiterlijk < :vandaag then 1 else 0 end) "
                + "from BijeenkomstJpaEntity b where " + voorwaarden.hql(), Object[].class);
        voorwaarden.parameters().forEach(query::setParameter);
        Object[] rij = query.getSingleResult();
        return new Bijeenkomstcijfers(getal(rij[0]), getal(rij[1]), getal(rij[2]));
    }

    @Override
    public Set<KernId> kernenMetOverlegtafel(Monitoringbereik bereik, LocalDate vandaag) {
        return entityManager().createQuery("select distinct k from BijeenkomstJpaEntity b join b.kernen k "
                        + "where b.gemeente = :gemeente and b.soort = :soort and b.datum >= :van and b.datum < :tot "
                        + "and b.datum <= :vandaag", UUID.class)
                .setParameter("gemeente", bereik.gemeente().waarde()).setParameter("soort", Bijeenkomstsoort.OVERLEGTAFEL)
                .setParameter("van", bereik.periode().van()).setParameter("tot", bereik.periode().tot())
                .setParameter("vandaag", vandaag)
                .getResultStream().map(KernId::new).collect(Collectors.toSet());
    }

    /** {@code sum} over no rows is null. */
    private static long getal(Object waarde) {
        return waarde == null ? 0 : ((Number) waarde).longValue();
    }

    @Override
    protected BijeenkomstJpaEntity nieuweRij() {
        return new BijeenkomstJpaEntity();
    }

    @Override
    protected UUID sleutel(Bijeenkomst aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Bijeenkomst aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(BijeenkomstJpaEntity rij) {
        return rij.versie;
    }
}
