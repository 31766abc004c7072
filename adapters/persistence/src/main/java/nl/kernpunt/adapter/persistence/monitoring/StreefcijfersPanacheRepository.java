package nl.kernpunt.adapter.persistence.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code streefcijfers}; only {@link StreefcijferPersistenceAdapter} uses it. */
@ApplicationScoped
class StreefcijfersPanacheRepository implements PanacheRepositoryBase<StreefcijfersJpaEntity, UUID> {
}
