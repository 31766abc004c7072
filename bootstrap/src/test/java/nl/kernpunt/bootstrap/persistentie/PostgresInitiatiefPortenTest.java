package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepositoryContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresInitiatiefPortenTest extends PostgresPortOmgeving {

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
    }
}
