package nl.kernpunt.application.monitoring;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.port.out.InMemoryParticipatietrajectRepository;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryMonitoringPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Monitoring extends MonitoringContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
        private final ParticipatietrajectRepository trajecten = new InMemoryParticipatietrajectRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected ParticipatietrajectRepository trajecten() {
            return trajecten;
        }
    }
}
