package nl.kernpunt.adapter.persistence.bijeenkomst;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code bijeenkomst}; only {@link BijeenkomstPersistenceAdapter} uses it. */
@ApplicationScoped
class BijeenkomstPanacheRepository implements PanacheRepositoryBase<BijeenkomstJpaEntity, UUID> {
}
