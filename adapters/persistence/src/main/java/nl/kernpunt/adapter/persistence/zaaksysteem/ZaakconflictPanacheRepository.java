package nl.kernpunt.adapter.persistence.zaaksysteem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code zaak_conflict}; only {@link ZaakConflictenPersistenceAdapter} uses it. */
@ApplicationScoped
class ZaakconflictPanacheRepository implements PanacheRepositoryBase<ZaakconflictJpaEntity, UUID> {
}
