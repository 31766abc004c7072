package nl.kernpunt.adapter.persistence.subsidie;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code subsidieregeling}; only {@link SubsidieregelingPersistenceAdapter} uses it. */
@ApplicationScoped
class SubsidieregelingPanacheRepository implements PanacheRepositoryBase<SubsidieregelingJpaEntity, UUID> {
}
