package nl.kernpunt.adapter.persistence.zaaksysteem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.zaaksysteem.Notificatie;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificaties;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Received notifications on PostgreSQL, in plain SQL: a row is only inserted (once, by its key) and
 * marked processed, so an entity would add nothing. Joins the caller's transaction.
 */
@ApplicationScoped
class ZaakNotificatiesPersistenceAdapter implements ZaakNotificaties {

    private final EntityManager database;

    ZaakNotificatiesPersistenceAdapter(EntityManager database) {
        this.database = database;
    }

    /** One statement decides between two deliveries of the same notification arriving at once. */
    @Override
    public boolean ontvang(Gemeentecode gemeente, Notificatie n, Instant op) {
        return database.createNativeQuery("""
                        insert into zaak_notificatie (kanaal, resource_url, actie, aanmaakdatum, gemeente, hoofd_object,
                                                      resource, ontvangen_op)
                        values (:kanaal, :resourceUrl, :actie, :aanmaakdatum, :gemeente, :hoofdObject, :resource, :op)
                        on conflict (kanaal, resource_url, actie, aanmaakdatum) do nothing""")
                .setParameter("kanaal", n.kanaal())
                .setParameter("resourceUrl", n.resourceUrl())
                .setParameter("actie", n.actie())
                .setParameter("aanmaakdatum", Tijdstippen.opMicroseconden(n.aanmaakdatum()))
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("hoofdObject", n.hoofdObject())
                .setParameter("resource", n.resource())
                .setParameter("op", Tijdstippen.opMicroseconden(op))
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Ontvangen> onverwerkt(int max) {
        List<Object[]> rijen = database.createNativeQuery("""
                        select gemeente, kanaal, hoofd_object, resource, resource_url, actie, aanmaakdatum
                        from zaak_notificatie where verwerkt_op is null
                        order by ontvangen_op limit :max""", Object[].class)
                .setParameter("max", max)
                .getResultList();
        return rijen.stream().map(r -> new Ontvangen(new Gemeentecode(((String) r[0]).strip()),
                new Notificatie((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        Tijdstippen.uitNative(r[6])))).toList();
    }

    @Override
    public void verwerkt(Notificatie n, Instant op) {
        database.createNativeQuery("""
                        update zaak_notificatie set verwerkt_op = :op
                        where kanaal = :kanaal and resource_url = :resourceUrl and actie = :actie
                          and aanmaakdatum = :aanmaakdatum""")
                .setParameter("op", Tijdstippen.opMicroseconden(op))
                .setParameter("kanaal", n.kanaal())
                .setParameter("resourceUrl", n.resourceUrl())
                .setParameter("actie", n.actie())
                .setParameter("aanmaakdatum", Tijdstippen.opMicroseconden(n.aanmaakdatum()))
                .executeUpdate();
    }
}
