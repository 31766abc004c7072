package nl.kernpunt.application.kern.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryKernPortenTest extends InMemoryPortOmgeving {

    InMemoryKernPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
    }

    @Nested
    class Kernen extends KernRepositoryContract {
    }
}
