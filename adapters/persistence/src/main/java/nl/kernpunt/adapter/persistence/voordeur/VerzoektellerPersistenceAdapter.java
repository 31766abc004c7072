package nl.kernpunt.adapter.persistence.voordeur;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.voordeur.port.out.Verzoekteller;

/**
 * One upsert per request: concurrent requests of one client, on any instance, serialise on the
 * row's lock, so no request goes uncounted. A client's first request of a window also clears the
 * windows long past (indexed on {@code venster}), so the table holds only the recent windows.
 */
@ApplicationScoped
class VerzoektellerPersistenceAdapter implements Verzoekteller {

    private final EntityManager entityManager;

    VerzoektellerPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int tel(String client, Instant venster, Instant vergeetVoor) {
        Number aantal = (Number) entityManager.createNativeQuery("""
                        insert into verzoekteller (client, venster, aantal) values (:client, :venster, 1)
                        on conflict (client, venster) do update set aantal = verzoekteller.aantal + 1
                        returning aantal""")
                .setParameter("client", client)
                .setParameter("venster", Tijdstippen.opMicroseconden(venster))
                .getSingleResult();
        if (aantal.intValue() == 1) {
            entityManager.createNativeQuery("delete from verzoekteller where venster < :grens")
                    .setParameter("grens", Tijdstippen.opMicroseconden(vergeetVoor))
                    .executeUpdate();
        }
        return aantal.intValue();
    }
}
