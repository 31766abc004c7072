package nl.kernpunt.adapter.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code auditregel}; only {@link AuditspoorPersistenceAdapter} uses it. */
@ApplicationScoped
class AuditregelPanacheRepository implements PanacheRepositoryBase<AuditregelJpaEntity, UUID> {
}
