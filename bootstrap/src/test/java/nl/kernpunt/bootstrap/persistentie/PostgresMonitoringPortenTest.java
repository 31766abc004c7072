package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.monitoring.MonitoringContract;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresMonitoringPortenTest extends PostgresPortOmgeving {

    @Inject
    KernRepository kernen;

    @Inject
    ParticipatietrajectRepository trajecten;

    @Inject
    InitiatiefRepository initiatieven;

    @Nested
    class Monitoring extends MonitoringContract {
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
