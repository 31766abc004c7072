package nl.kernpunt.adapter.persistence.gemeente;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code gemeente}; only {@link GemeentePersistenceAdapter} uses it. */
@ApplicationScoped
class GemeentePanacheRepository implements PanacheRepositoryBase<GemeenteJpaEntity, String> {
}
