package nl.kernpunt.adapter.persistence.kern;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code kern}; only {@link KernPersistenceAdapter} uses it. */
@ApplicationScoped
class KernPanacheRepository implements PanacheRepositoryBase<KernJpaEntity, UUID> {
}
