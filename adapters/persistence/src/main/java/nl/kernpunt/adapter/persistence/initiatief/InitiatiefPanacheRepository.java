package nl.kernpunt.adapter.persistence.initiatief;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code initiatief}; only {@link InitiatiefPersistenceAdapter} uses it. */
@ApplicationScoped
class InitiatiefPanacheRepository implements PanacheRepositoryBase<InitiatiefJpaEntity, UUID> {
}
