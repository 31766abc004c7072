package nl.kernpunt.application.contract;

import nl.kernpunt.application.audit.Auditspoor;
import nl.kernpunt.application.fakes.InMemoryAuditspoor;
import nl.kernpunt.application.fakes.InMemoryBijeenkomstRepository;
import nl.kernpunt.application.fakes.InMemoryGemeenteRepository;
import nl.kernpunt.application.fakes.InMemoryIndicatorRepository;
import nl.kernpunt.application.fakes.InMemoryInitiatiefRepository;
import nl.kernpunt.application.fakes.InMemoryKernRepository;
import nl.kernpunt.application.fakes.InMemoryKernagendaRepository;
import nl.kernpunt.application.fakes.InMemoryParticipatietrajectRepository;
import nl.kernpunt.application.fakes.InMemorySubsidieRepository;
import nl.kernpunt.application.fakes.InMemorySubsidieregelingRepository;
import nl.kernpunt.application.fakes.InMemoryVraagRepository;
import nl.kernpunt.application.fakes.InMemoryZaakConflicten;
import nl.kernpunt.application.fakes.InMemoryZaakNotificaties;
import nl.kernpunt.application.fakes.InMemoryZaakOutbox;
import nl.kernpunt.application.port.out.BijeenkomstRepository;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.IndicatorRepository;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.application.port.out.KernagendaRepository;
import nl.kernpunt.application.port.out.ParticipatietrajectRepository;
import nl.kernpunt.application.port.out.SubsidieRepository;
import nl.kernpunt.application.port.out.SubsidieregelingRepository;
import nl.kernpunt.application.port.out.VraagRepository;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakNotificaties;
import nl.kernpunt.application.port.out.ZaakOutbox;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The fakes honour the same port contracts as the PostgreSQL adapter. */
class InMemoryPortenTest implements PortOmgeving {

    private final GemeenteRepository gemeenten = new InMemoryGemeenteRepository();

    @Override
    public GemeenteRepository gemeenten() {
        return gemeenten;
    }

    @Nested
    class Gemeenten extends GemeenteRepositoryContract {
    }

    @Nested
    class Kernen extends KernRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }
    }

    @Nested
    class Audit extends AuditspoorContract {
        private final Auditspoor auditspoor = new InMemoryAuditspoor();

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
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return kernen.voegToe(kern);
        }
    }

    @Nested
    class Vragen extends VraagRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final VraagRepository vragen = new InMemoryVraagRepository();

        @Override
        protected VraagRepository vragen() {
            return vragen;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return kernen.voegToe(kern);
        }
    }

    @Nested
    class Bijeenkomsten extends BijeenkomstRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final BijeenkomstRepository bijeenkomsten = new InMemoryBijeenkomstRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected BijeenkomstRepository bijeenkomsten() {
            return bijeenkomsten;
        }
    }

    @Nested
    class Kernagendas extends KernagendaRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final KernagendaRepository agendas = new InMemoryKernagendaRepository(kernen);

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected KernagendaRepository agendas() {
            return agendas;
        }
    }

    @Nested
    class Indicatoren extends IndicatorRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final IndicatorRepository indicatoren = new InMemoryIndicatorRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected IndicatorRepository indicatoren() {
            return indicatoren;
        }
    }

    @Nested
    class Monitoring extends MonitoringContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
        private final ParticipatietrajectRepository trajecten = new InMemoryParticipatietrajectRepository();

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected ParticipatietrajectRepository trajecten() {
            return trajecten;
        }
    }

    @Nested
    class Subsidies extends SubsidieRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
        private final InMemorySubsidieregelingRepository regelingen = new InMemorySubsidieregelingRepository();
        private final SubsidieRepository subsidies = new InMemorySubsidieRepository(regelingen, kernen);

        @Override
        protected SubsidieRepository subsidies() {
            return subsidies;
        }

        @Override
        protected SubsidieregelingRepository regelingen() {
            return regelingen;
        }

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }
    }

    @Nested
    class ZaakOutboxen extends ZaakOutboxContract {
        private final ZaakOutbox outbox = new InMemoryZaakOutbox();

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
        protected ZaakNotificaties notificaties() {
            return notificaties;
        }

        @Override
        protected ZaakConflicten conflicten() {
            return conflicten;
        }
    }
}
