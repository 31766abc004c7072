package nl.kernpunt.application.gedeeld.audit;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryAuditPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Audit extends AuditspoorContract {
        private final Auditspoor auditspoor = new InMemoryAuditspoor();

        @Override
        protected Auditspoor auditspoor() {
            return auditspoor;
        }
    }
}
