package nl.kernpunt.adapter.persistence.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.application.gebeurtenis.Webhookgeheim;
import nl.kernpunt.application.gebeurtenis.port.out.Abonnementen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** Webhook subscriptions on PostgreSQL, in plain SQL (the types are an array); joins the caller's transaction. */
@ApplicationScoped
class AbonnementenPersistenceAdapter implements Abonnementen {

    static final String KOLOMMEN = "a.id, a.gemeente, a.url, array_to_string(a.typen, ','), a.kern, a.geheim, a.aangemaakt_op";

    private final EntityManager database;

    AbonnementenPersistenceAdapter(EntityManager database) {
        this.database = database;
    }

    @Override
    public void voegToe(Abonnement a) {
        database.createNativeQuery("""
                        insert into abonnement (id, gemeente, url, typen, kern, geheim, aangemaakt_op)
                        values (:id, :gemeente, :url, string_to_array(:typen, ','), :kern, :geheim, :op)""")
                .setParameter("id", a.id())
                .setParameter("gemeente", a.gemeente().waarde())
                .setParameter("url", a.url().toString())
                // catalogue types hold no comma; an empty text gives an empty array
                .setParameter("typen", String.join(",", a.typen().stream().sorted().toList()))
                .setParameter("kern", a.kern().orElse(null))
                .setParameter("geheim", a.geheim().waarde())
                .setParameter("op", Tijdstippen.opMicroseconden(a.aangemaaktOp()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Abonnement> van(Gemeentecode gemeente) {
        List<Object[]> rijen = database.createNativeQuery("select " + KOLOMMEN
                        + " from abonnement a where a.gemeente = :gemeente order by a.aangemaakt_op, a.id", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .getResultList();
        return rijen.stream().map(AbonnementenPersistenceAdapter::abonnement).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Abonnement> vind(Gemeentecode gemeente, UUID id) {
        List<Object[]> rijen = database.createNativeQuery("select " + KOLOMMEN
                        + " from abonnement a where a.gemeente = :gemeente and a.id = :id", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("id", id)
                .getResultList();
        return rijen.stream().findFirst().map(AbonnementenPersistenceAdapter::abonnement);
    }

    @Override
    public boolean verwijder(Gemeentecode gemeente, UUID id) {
        return database.createNativeQuery("delete from abonnement where gemeente = :gemeente and id = :id")
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** A row selected with {@link #KOLOMMEN}, from column {@code begin} on. */
    static Abonnement abonnement(Object[] rij, int begin) {
        String typen = (String) rij[begin + 3];
        return new Abonnement((UUID) rij[begin], new Gemeentecode(((String) rij[begin + 1]).trim()),
                URI.create((String) rij[begin + 2]),
                typen.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(typen.split(","))),
                Optional.ofNullable((UUID) rij[begin + 4]), new Webhookgeheim((String) rij[begin + 5]),
                Tijdstippen.uitNative(rij[begin + 6]));
    }

    private static Abonnement abonnement(Object[] rij) {
        return abonnement(rij, 0);
    }
}
