package nl.kernpunt.adapter.persistence.traject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code participatietraject}; only {@link ParticipatietrajectPersistenceAdapter} uses it. */
@ApplicationScoped
class ParticipatietrajectPanacheRepository implements PanacheRepositoryBase<ParticipatietrajectJpaEntity, UUID> {
}
