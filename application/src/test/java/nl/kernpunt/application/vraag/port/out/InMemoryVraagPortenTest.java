package nl.kernpunt.application.vraag.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryVraagPortenTest extends InMemoryPortOmgeving {

    InMemoryVraagPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
        fake(VraagRepository.class, new InMemoryVraagRepository());
    }

    @Nested
    class Vragen extends VraagRepositoryContract {
    }
}
