package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.kernpunt.application.kern.port.out.KernRepositoryContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresKernPortenTest extends PostgresPortOmgeving {

    @Nested
    class Kernen extends KernRepositoryContract {
    }
}
