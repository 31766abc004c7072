package nl.kernpunt.adapter.persistence.idempotentie;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code idempotentie_sleutel}; only {@link IdempotentiePersistenceAdapter} uses it. */
@ApplicationScoped
class IdempotentieSleutelPanacheRepository
        implements PanacheRepositoryBase<IdempotentieSleutelJpaEntity, IdempotentieSleutelJpaId> {
}
