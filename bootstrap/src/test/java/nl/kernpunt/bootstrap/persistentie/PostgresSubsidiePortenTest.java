package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepositoryContract;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresSubsidiePortenTest extends PostgresPortOmgeving {

    @Inject
    KernRepository kernen;

    @Inject
    InitiatiefRepository initiatieven;

    @Inject
    SubsidieRepository subsidies;

    @Inject
    SubsidieregelingRepository regelingen;

    @Nested
    class Subsidies extends SubsidieRepositoryContract {
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
