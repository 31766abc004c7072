package nl.kernpunt.adapter.persistence.gebeurtenis;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code gebeurtenis}; only this package uses it. */
@ApplicationScoped
class GebeurtenisPanacheRepository implements PanacheRepositoryBase<GebeurtenisJpaEntity, UUID> {
}
