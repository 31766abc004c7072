package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepositoryContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresTrajectPortenTest extends PostgresPortOmgeving {

    @Nested
    class Participatietrajecten extends ParticipatietrajectRepositoryContract {
    }
}
