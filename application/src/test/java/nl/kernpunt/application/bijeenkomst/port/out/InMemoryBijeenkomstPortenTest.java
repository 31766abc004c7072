package nl.kernpunt.application.bijeenkomst.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryBijeenkomstPortenTest extends InMemoryPortOmgeving {

    InMemoryBijeenkomstPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
        fake(BijeenkomstRepository.class, new InMemoryBijeenkomstRepository());
    }

    @Nested
    class Bijeenkomsten extends BijeenkomstRepositoryContract {
    }
}
