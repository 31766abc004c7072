package nl.kernpunt.adapter.persistence.verwijdering;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code verwijdering}; only {@link VerwijderingenPersistenceAdapter} uses it. */
@ApplicationScoped
class VerwijderingPanacheRepository implements PanacheRepositoryBase<VerwijderingJpaEntity, UUID> {
}
