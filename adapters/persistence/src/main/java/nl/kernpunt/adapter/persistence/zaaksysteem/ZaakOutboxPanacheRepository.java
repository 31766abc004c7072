package nl.kernpunt.adapter.persistence.zaaksysteem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Panache access to {@code zaak_outbox}; only {@link ZaakOutboxPersistenceAdapter} uses it. */
@ApplicationScoped
class ZaakOutboxPanacheRepository implements PanacheRepositoryBase<ZaakOutboxJpaEntity, UUID> {
}
