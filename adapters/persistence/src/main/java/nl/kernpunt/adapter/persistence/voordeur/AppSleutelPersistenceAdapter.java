package nl.kernpunt.adapter.persistence.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.voordeur.port.out.AppSleutelRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.voordeur.AppSleutel;

/**
 * App keys in {@code app_sleutel}, in plain SQL: a flat row with one change in its life (the
 * revocation) needs no entity. Not transactional itself: the calling use case owns the transaction.
 */
@ApplicationScoped
class AppSleutelPersistenceAdapter implements AppSleutelRepository {

    private static final String KOLOMMEN = "select id, gemeente, hash, omschrijving, uitgegeven_op, ingetrokken_op from app_sleutel";

    private final EntityManager entityManager;

    AppSleutelPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A key is issued valid: its revocation comes later, through {@link #bewaar}. */
    @Override
    public void voegToe(AppSleutel sleutel) {
        entityManager.createNativeQuery("""
                        insert into app_sleutel (id, gemeente, hash, omschrijving, uitgegeven_op)
                        values (:id, :gemeente, :hash, :omschrijving, :uitgegevenOp)""")
                .setParameter("id", sleutel.getId())
                .setParameter("gemeente", sleutel.getGemeente().waarde())
                .setParameter("hash", sleutel.getHash())
                .setParameter("omschrijving", sleutel.getOmschrijving())
                .setParameter("uitgegevenOp", Tijdstippen.opMicroseconden(sleutel.getUitgegevenOp()))
                .executeUpdate();
    }

    /** The one change a key knows: its revocation, which is never undone. */
    @Override
    public void bewaar(AppSleutel sleutel) {
        entityManager.createNativeQuery("update app_sleutel set ingetrokken_op = :ingetrokkenOp where id = :id")
                .setParameter("ingetrokkenOp", Tijdstippen.opMicroseconden(sleutel.getIngetrokkenOp()))
                .setParameter("id", sleutel.getId())
                .executeUpdate();
    }

    @Override
    public Optional<AppSleutel> vind(UUID id) {
        return rijen(KOLOMMEN + " where id = :waarde", id).stream().findFirst();
    }

    @Override
    public Optional<AppSleutel> vindOpHash(String hash) {
        return rijen(KOLOMMEN + " where hash = :waarde", hash).stream().findFirst();
    }

    @Override
    public List<AppSleutel> vanGemeente(Gemeentecode gemeente) {
        return rijen(KOLOMMEN + " where gemeente = :waarde order by uitgegeven_op, id", gemeente.waarde());
    }

    @Override
    public boolean heeftGeldige(Gemeentecode gemeente) {
        return !entityManager.createNativeQuery(
                        "select 1 from app_sleutel where gemeente = :gemeente and ingetrokken_op is null limit 1")
                .setParameter("gemeente", gemeente.waarde())
                .getResultList().isEmpty();
    }

    private List<AppSleutel> rijen(String sql, Object waarde) {
        List<?> rijen = entityManager.createNativeQuery(sql, Object[].class).setParameter("waarde", waarde).getResultList();
        return rijen.stream().map(r -> (Object[]) r).map(AppSleutelPersistenceAdapter::naarDomein).toList();
    }

    private static AppSleutel naarDomein(Object[] rij) {
        return AppSleutel.reconstitute((UUID) rij[0], new Gemeentecode(((String) rij[1]).strip()), (String) rij[2],
                (String) rij[3], Tijdstippen.uitNative(rij[4]),
                Tijdstippen.uitNative(rij[5]));
    }
}
