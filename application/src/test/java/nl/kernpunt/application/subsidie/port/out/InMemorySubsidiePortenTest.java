package nl.kernpunt.application.subsidie.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemorySubsidiePortenTest extends InMemoryPortOmgeving {

    @Nested
    class Subsidies extends SubsidieRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
        private final InMemorySubsidieregelingRepository regelingen = new InMemorySubsidieregelingRepository();
        private final SubsidieRepository subsidies = new InMemorySubsidieRepository(regelingen, kernen);

        @Override
        protected SubsidieRepository subsidies() {
            return subsidies;
        }

        @Override
        protected SubsidieregelingRepository regelingen() {
            return regelingen;
        }

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }
    }
}
