package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.indicator.port.out.IndicatorRepository;
import nl.kernpunt.application.indicator.port.out.IndicatorRepositoryContract;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresIndicatorPortenTest extends PostgresPortOmgeving {

    @Inject
    KernRepository kernen;

    @Inject
    IndicatorRepository indicatoren;

    @Nested
    class Indicatoren extends IndicatorRepositoryContract {
        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected IndicatorRepository indicatoren() {
            return indicatoren;
        }
    }
}
