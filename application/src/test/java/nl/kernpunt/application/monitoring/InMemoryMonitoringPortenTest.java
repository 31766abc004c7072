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

    InMemoryMonitoringPortenTest() {
        fake(KernRepository.class, new InMemoryKernRepository());
        fake(InitiatiefRepository.class, new InMemoryInitiatiefRepository());
        fake(ParticipatietrajectRepository.class, new InMemoryParticipatietrajectRepository());
    }

    @Nested
    class Monitoring extends MonitoringContract {
    }
}
