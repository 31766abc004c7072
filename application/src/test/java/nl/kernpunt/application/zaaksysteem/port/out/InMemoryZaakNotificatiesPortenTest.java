package nl.kernpunt.application.zaaksysteem.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryZaakNotificatiesPortenTest extends InMemoryPortOmgeving {

    @Nested
    class ZaakNotificatiesEnConflicten extends ZaakNotificatiesContract {
        private final ZaakNotificaties notificaties = new InMemoryZaakNotificaties();
        private final ZaakConflicten conflicten = new InMemoryZaakConflicten();

        @Override
        protected ZaakNotificaties notificaties() {
            return notificaties;
        }

        @Override
        protected ZaakConflicten conflicten() {
            return conflicten;
        }
    }
}
