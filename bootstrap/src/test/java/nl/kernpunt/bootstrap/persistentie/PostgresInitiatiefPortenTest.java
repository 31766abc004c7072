package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepositoryContract;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresInitiatiefPortenTest extends PostgresPortOmgeving {

    @Inject
    KernRepository kernen;

    @Inject
    InitiatiefRepository initiatieven;

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return inTransactie(() -> kernen.voegToe(kern));
        }
    }
}
