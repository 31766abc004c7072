package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.kernpunt.application.contract.GemeenteRepositoryContract;
import nl.kernpunt.application.contract.KernRepositoryContract;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresPortenTest {

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    KernRepository kernen;

    @Nested
    class Gemeenten extends GemeenteRepositoryContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }

    @Nested
    class Kernen extends KernRepositoryContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }
}
