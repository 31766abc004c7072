package nl.kernpunt.adapter.persistence.kernagenda;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code kernagenda}; only {@link KernagendaPersistenceAdapter} uses it. */
@ApplicationScoped
class KernagendaPanacheRepository implements PanacheRepositoryBase<KernagendaJpaEntity, UUID> {
}
