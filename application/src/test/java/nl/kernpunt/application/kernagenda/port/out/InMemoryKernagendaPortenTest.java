package nl.kernpunt.application.kernagenda.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryKernagendaPortenTest extends InMemoryPortOmgeving {

    InMemoryKernagendaPortenTest() {
        KernRepository kernen = fake(KernRepository.class, new InMemoryKernRepository());
        fake(KernagendaRepository.class, new InMemoryKernagendaRepository(kernen));
    }

    @Nested
    class Kernagendas extends KernagendaRepositoryContract {
    }
}
