package nl.kernpunt.adapter.persistence.vraag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code vraag}; only {@link VraagPersistenceAdapter} uses it. */
@ApplicationScoped
class VraagPanacheRepository implements PanacheRepositoryBase<VraagJpaEntity, UUID> {
}
