package nl.kernpunt.adapter.persistence.subsidie;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code subsidieaanvraag}; only {@link SubsidiePersistenceAdapter} uses it. */
@ApplicationScoped
class SubsidieaanvraagPanacheRepository implements PanacheRepositoryBase<SubsidieaanvraagJpaEntity, UUID> {
}
