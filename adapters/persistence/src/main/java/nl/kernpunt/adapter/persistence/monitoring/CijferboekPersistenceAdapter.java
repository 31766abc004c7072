package nl.kernpunt.adapter.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.kernpunt.application.monitoring.port.out.Cijferboek;

/**
 * The rollup lives in PostgreSQL (V27): triggers book the deltas, {@code monitoring_vouw()} folds
 * them under a transaction-scoped advisory lock, so of N instances one folds and the others skip.
 */
@ApplicationScoped
class CijferboekPersistenceAdapter implements Cijferboek {

    private final EntityManager entityManager;

    CijferboekPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public long vouw() {
        return ((Number) entityManager.createNativeQuery("select monitoring_vouw()").getSingleResult()).longValue();
    }
}
