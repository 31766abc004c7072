package nl.kernpunt.application.zaaksysteem.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryZaakNotificatiesPortenTest extends InMemoryPortOmgeving {

    InMemoryZaakNotificatiesPortenTest() {
        fake(ZaakNotificaties.class, new InMemoryZaakNotificaties());
        fake(ZaakConflicten.class, new InMemoryZaakConflicten());
    }

    @Nested
    class ZaakNotificatiesEnConflicten extends ZaakNotificatiesContract {
    }
}
