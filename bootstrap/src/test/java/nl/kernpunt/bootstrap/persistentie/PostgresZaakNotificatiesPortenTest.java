package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakConflicten;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificaties;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificatiesContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresZaakNotificatiesPortenTest extends PostgresPortOmgeving {

    @Inject
    ZaakNotificaties zaakNotificaties;

    @Inject
    ZaakConflicten zaakConflicten;

    @Nested
    class ZaakNotificatiesEnConflicten extends ZaakNotificatiesContract {
        @Override
        protected ZaakNotificaties notificaties() {
            return zaakNotificaties;
        }

        @Override
        protected ZaakConflicten conflicten() {
            return zaakConflicten;
        }
    }
}
