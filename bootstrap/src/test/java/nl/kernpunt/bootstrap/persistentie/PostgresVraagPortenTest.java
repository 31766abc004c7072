package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.vraag.port.out.VraagRepositoryContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresVraagPortenTest extends PostgresPortOmgeving {

    @Inject
    KernRepository kernen;

    @Inject
    VraagRepository vragen;

    @Nested
    class Vragen extends VraagRepositoryContract {
        @Override
        protected VraagRepository vragen() {
            return vragen;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return inTransactie(() -> kernen.voegToe(kern));
        }
    }
}
