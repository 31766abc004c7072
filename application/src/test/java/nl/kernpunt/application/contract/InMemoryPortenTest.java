package nl.kernpunt.application.contract;

import nl.kernpunt.application.audit.Auditspoor;
import nl.kernpunt.application.fakes.InMemoryAuditspoor;
import nl.kernpunt.application.fakes.InMemoryGemeenteRepository;
import nl.kernpunt.application.fakes.InMemoryInitiatiefRepository;
import nl.kernpunt.application.fakes.InMemoryKernRepository;
import nl.kernpunt.application.fakes.InMemoryParticipatietrajectRepository;
import nl.kernpunt.application.fakes.InMemoryZaakConflicten;
import nl.kernpunt.application.fakes.InMemoryZaakNotificaties;
import nl.kernpunt.application.fakes.InMemoryZaakOutbox;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.application.port.out.ParticipatietrajectRepository;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakNotificaties;
import nl.kernpunt.application.port.out.ZaakOutbox;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The fakes honour the same port contracts as the PostgreSQL adapter. */
class InMemoryPortenTest {

    private final GemeenteRepository gemeenten = new InMemoryGemeenteRepository();

    @Nested
    class Gemeenten extends GemeenteRepositoryContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }
    }

    @Nested
    class Kernen extends KernRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected KernRepository kernen() {
            return kernen;
        }
    }

    @Nested
    class Audit extends AuditspoorContract {
        private final Auditspoor auditspoor = new InMemoryAuditspoor();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected Auditspoor auditspoor() {
            return auditspoor;
        }
    }

    @Nested
    class Participatietrajecten extends ParticipatietrajectRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final ParticipatietrajectRepository trajecten = new InMemoryParticipatietrajectRepository();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected ParticipatietrajectRepository trajecten() {
            return trajecten;
        }
    }

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return kernen.voegToe(kern);
        }
    }

    @Nested
    class ZaakOutboxen extends ZaakOutboxContract {
        private final ZaakOutbox outbox = new InMemoryZaakOutbox();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected ZaakOutbox outbox() {
            return outbox;
        }
    }

    @Nested
    class ZaakNotificatiesEnConflicten extends ZaakNotificatiesContract {
        private final ZaakNotificaties notificaties = new InMemoryZaakNotificaties();
        private final ZaakConflicten conflicten = new InMemoryZaakConflicten();

        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

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
