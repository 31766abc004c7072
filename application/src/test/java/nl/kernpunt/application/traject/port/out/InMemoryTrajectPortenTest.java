package nl.kernpunt.application.traject.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryTrajectPortenTest extends InMemoryPortOmgeving {

    InMemoryTrajectPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
        fake(ParticipatietrajectRepository.class, new InMemoryParticipatietrajectRepository());
    }

    @Nested
    class Participatietrajecten extends ParticipatietrajectRepositoryContract {
    }
}
