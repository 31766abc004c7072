package nl.kernpunt.adapter.persistence.persoonsgegevens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.application.persoonsgegevens.port.out.Persoonszoeker;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.vraag.VraagId;

/**
 * The columns normalised in SQL as {@link Persoonskenmerken} normalises the search terms. An empty
 * term is not given (a typed null would leave PostgreSQL guessing the parameter's type).
 */
@ApplicationScoped
class PersoonszoekerPersistenceAdapter implements Persoonszoeker {

    private static final String PAST = """
            ((:email <> '' and lower(btrim(%1$s)) = :email)
             or (:telefoon <> '' and regexp_replace(%2$s, '[^0-9+]', '', 'g') = :telefoon)
             or (:naam <> '' and lower(regexp_replace(btrim(%3$s), '\\s+', ' ', 'g')) = :naam))""";

    private final EntityManager entityManager;

    PersoonszoekerPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<InitiatiefId> initiatieven(Gemeentecode gemeente, Persoonskenmerken persoon) {
        return ids("""
                select i.id from initiatief i where i.gemeente = :gemeente and (
                  exists (select 1 from initiatief_betrokkene b where b.initiatief_id = i.id and %s)
                  or exists (select 1 from initiatief_afspraak a where a.initiatief_id = i.id and %s))
                order by i.id""".formatted(PAST.formatted("b.email", "b.telefoon", "b.naam"),
                PAST.formatted("null", "null", "a.verantwoordelijke")), gemeente, persoon)
                .stream().map(InitiatiefId::new).toList();
    }

    @Override
    public List<VraagId> vragen(Gemeentecode gemeente, Persoonskenmerken persoon) {
        return ids("select v.id from vraag v where v.gemeente = :gemeente and "
                        + PAST.formatted("v.vrager_email", "v.vrager_telefoon", "v.vrager_naam") + " order by v.id",
                gemeente, persoon)
                .stream().map(VraagId::new).toList();
    }

    private List<UUID> ids(String sql, Gemeentecode gemeente, Persoonskenmerken persoon) {
        return entityManager.createNativeQuery(sql, UUID.class)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("email", persoon.email())
                .setParameter("telefoon", persoon.telefoon())
                .setParameter("naam", persoon.naam())
                .getResultList();
    }
}
