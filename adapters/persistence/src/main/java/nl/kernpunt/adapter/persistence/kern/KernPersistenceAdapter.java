package nl.kernpunt.adapter.persistence.kern;

import jakarta.inject.Singleton;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Telling;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.application.kern.Kernkenmerken;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** The kern port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class KernPersistenceAdapter extends AggregaatPersistenceAdapter<Kern, KernJpaEntity, UUID> implements KernRepository {

    /**
     * A kern with its three short lists in one statement (docs/adr/0026): they are joined, so the
     * rows are the product of the lists' lengths, which stay a handful each.
     */
    private static final String MET_LIJSTEN = "select k from KernJpaEntity k"
            + " left join fetch k.dorpsbelangenorganisaties left join fetch k.communicatiekanalen"
            + " left join fetch k.functiehistorie where k.id = :id";

    KernPersistenceAdapter(KernPanacheRepository kernen, KernEntityMapper mapper) {
        super("kern", kernen, mapper);
    }

    /**
     * The current kernambtenaar (the first open period, as the aggregate takes it) joined to each kern:
     * one row per kern by the function history's primary key, no entities (docs/adr/0031).
     */
    private static final String KENMERKEN = """
            select distinct on (k.id) k.id, k.eigen_stilte_drempel_dagen,
                   f.persoon_naam, f.persoon_email, f.persoon_telefoon
            from kern k
            left join kern_functievervulling f on f.kern_id = k.id and f.functie = 'KERNAMBTENAAR' and f.tot is null
            where k.id in (:ids)
            order by k.id, f.volgorde""";

    @Override
    public Optional<Kern> vind(KernId id) {
        return entityManager().createQuery(MET_LIJSTEN, KernJpaEntity.class)
                .setParameter("id", id.waarde())
                .getResultList().stream().findFirst().map(this::naarDomein);
    }

    @Override
    public List<Kernkenmerken> kenmerken(Collection<KernId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = entityManager().createNativeQuery(KENMERKEN, Object[].class)
                .setParameter("ids", ids.stream().map(KernId::waarde).toList())
                .getResultList();
        return rijen.stream()
                .map(rij -> new Kernkenmerken(new KernId((UUID) rij[0]),
                        Optional.ofNullable((String) rij[2])
                                .map(naam -> new Contactpersoon(naam, (String) rij[3], (String) rij[4])),
                        (Integer) rij[1]))
                .toList();
    }

    /** One column of one row by its key, instead of the aggregate with its lists; a list, as a stream scrolls. */
    @Override
    public Optional<String> naam(KernId id) {
        return entityManager().createQuery("select k.naam from KernJpaEntity k where k.id = :id", String.class)
                .setParameter("id", id.waarde()).getResultList().stream().findFirst();
    }

    /** Served by the unique index on (gemeente, lower(naam)), so the count is 0 or 1. */
    @Override
    public boolean naamInGebruik(Gemeentecode gemeente, String naam, KernId behalve) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("gemeente = :gemeente").met("gemeente", gemeente.waarde())
                .en("lower(naam) = lower(:naam)").met("naam", naam);
        if (behalve != null) {
            voorwaarden.en("id <> :behalve").met("behalve", behalve.waarde());
        }
        return rijen().count(voorwaarden.hql(), voorwaarden.parameters()) > 0;
    }

    @Override
    public List<Kernligging> inBereik(Monitoringbereik bereik) {
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", bereik.gemeente().waarde())
                .en("not gearchiveerd");
        bereik.kern().ifPresent(kern -> voorwaarden.en("id = :kern").met("kern", kern.waarde()));
        // three columns, not the aggregates with their lists: a gemeente may have thousands of kernen
        TypedQuery<Object[]> query = entityManager().createQuery("select id, naam, gebied from KernJpaEntity where "
                + voorwaarden.hql() + " order by naam, id", Object[].class);
        voorwaarden.parameters().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(rij -> new Kernligging(new KernId((UUID) rij[0]), (String) rij[1], (String) rij[2])).toList();
    }

    @Override
    public List<Kern> metEigenStilteDrempel(Gemeentecode gemeente) {
        return rijen().list("gemeente = ?1 and eigenStilteDrempelDagen is not null", gemeente.waarde()).stream()
                .map(this::naarDomein).toList();
    }

    @Override
    public Pagina<Kern> zoek(KernFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<KernJpaEntity> volgorde = KernVolgorde.voor(filter);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.gebied(), filter.zoek(),
                filter.gearchiveerd(), filter.gewijzigdSinds());
        Voorwaarden voorwaarden = voorwaarden(filter);
        return pagina(KernJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    private static Voorwaarden voorwaarden(KernFilter filter) {
        Voorwaarden voorwaarden = new Voorwaarden();
        if (filter.gemeente() != null) {
            voorwaarden.en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde());
        }
        if (filter.gebied() != null) {
            voorwaarden.en("lower(gebied) = lower(:gebied)").met("gebied", filter.gebied());
        }
        if (filter.zoek() != null) {
            voorwaarden.en("lower(naam) like lower(:zoek) escape '!' or lower(gebied) like lower(:zoek) escape '!'")
                    .met("zoek", "%" + letterlijk(filter.zoek()) + "%");
        }
        voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
        Boolean gearchiveerd = gearchiveerd(filter);
        if (gearchiveerd != null) {
            voorwaarden.en("gearchiveerd = :gearchiveerd").met("gearchiveerd", gearchiveerd);
        }
        return voorwaarden;
    }

    /** Archived kernen only when asked for, or for delta sync, so a syncing client learns of the archiving. */
    private static Boolean gearchiveerd(KernFilter filter) {
        if (filter.gearchiveerd() != null) {
            return filter.gearchiveerd();
        }
        return filter.voorDeltaSync() ? null : Boolean.FALSE;
    }

    /** The search text matches as typed: its {@code %} and {@code _} are escaped with the LIKEs' '!'. */
    private static String letterlijk(String tekst) {
        return tekst.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A kern has a kernambtenaar when its function history has an open period for the function. */
    @Override
    public Kerncijfers tel(Monitoringbereik bereik) {
        Object[] rij = Telling.van("""
                        select count(*), count(*) filter (where exists (select 1 from kern_functievervulling f
                            where f.kern_id = k.id and f.functie = 'KERNAMBTENAAR' and f.tot is null))
                        from kern k""", "k.gemeente", "k.id = :kern", bereik)
                .en("not k.gearchiveerd")
                .rij(entityManager());
        return new Kerncijfers(Telling.aantal(rij[0]), Telling.aantal(rij[1]));
    }

    @Override
    protected KernJpaEntity nieuweRij() {
        return new KernJpaEntity();
    }

    @Override
    protected UUID sleutel(Kern aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Kern aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(KernJpaEntity rij) {
        return rij.versie;
    }

    /** Two requests can race past the use case's name check; the unique index decides. */
    @Override
    protected List<Wegschrijven.UniekeIndex> uniekeIndexen(Kern kern) {
        return List.of(new Wegschrijven.UniekeIndex("kern_naam_uniek_per_gemeente", () -> new RegelGeschonden("kern-bestaat-al",
                "gemeente " + kern.getGemeente() + " heeft al een kern met de naam " + kern.getProfiel().naam())));
    }
}
