package nl.kernpunt.application.initiatief.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryInitiatiefPortenTest extends InMemoryPortOmgeving {

    InMemoryInitiatiefPortenTest() {
        InMemoryKernRepository kernen = new InMemoryKernRepository();
        fake(KernRepository.class, kernen);
        fake(InitiatiefRepository.class, new InMemoryInitiatiefRepository(kernen));
    }

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
    }
}
