package nl.kernpunt.application.traject.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryTrajectPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Participatietrajecten extends ParticipatietrajectRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final ParticipatietrajectRepository trajecten = new InMemoryParticipatietrajectRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected ParticipatietrajectRepository trajecten() {
            return trajecten;
        }
    }
}
