package nl.kernpunt.adapter.persistence.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code indicator}; only {@link IndicatorPersistenceAdapter} uses it. */
@ApplicationScoped
class IndicatorPanacheRepository implements PanacheRepositoryBase<IndicatorJpaEntity, UUID> {
}
