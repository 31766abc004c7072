package nl.kernpunt.application.indicator.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryIndicatorPortenTest extends InMemoryPortOmgeving {

    InMemoryIndicatorPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
        fake(IndicatorRepository.class, new InMemoryIndicatorRepository());
    }

    @Nested
    class Indicatoren extends IndicatorRepositoryContract {
    }
}
