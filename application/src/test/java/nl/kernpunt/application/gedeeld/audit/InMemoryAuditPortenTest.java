package nl.kernpunt.application.gedeeld.audit;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryAuditPortenTest extends InMemoryPortOmgeving {

    InMemoryAuditPortenTest() {
        fake(Auditspoor.class, new InMemoryAuditspoor());
    }

    @Nested
    class Audit extends AuditspoorContract {
    }
}
