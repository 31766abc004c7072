package nl.kernpunt.application.zaaksysteem.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryZaakOutboxPortenTest extends InMemoryPortOmgeving {

    InMemoryZaakOutboxPortenTest() {
        fake(ZaakOutbox.class, new InMemoryZaakOutbox());
    }

    @Nested
    class ZaakOutboxen extends ZaakOutboxContract {
    }
}
