package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.kernpunt.application.audit.Auditspoor;
import nl.kernpunt.application.contract.AuditspoorContract;
import nl.kernpunt.application.contract.BijeenkomstRepositoryContract;
import nl.kernpunt.application.contract.GemeenteRepositoryContract;
import nl.kernpunt.application.contract.IndicatorRepositoryContract;
import nl.kernpunt.application.contract.InitiatiefRepositoryContract;
import nl.kernpunt.application.contract.KernRepositoryContract;
import nl.kernpunt.application.contract.KernagendaRepositoryContract;
import nl.kernpunt.application.contract.MonitoringContract;
import nl.kernpunt.application.contract.ParticipatietrajectRepositoryContract;
import nl.kernpunt.application.contract.PortOmgeving;
import nl.kernpunt.application.contract.SubsidieRepositoryContract;
import nl.kernpunt.application.contract.VraagRepositoryContract;
import nl.kernpunt.application.contract.ZaakNotificatiesContract;
import nl.kernpunt.application.contract.ZaakOutboxContract;
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
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresPortenTest implements PortOmgeving {

    @Inject
    GemeenteRepository gemeenten;

    @Inject
    KernRepository kernen;

    @Inject
    Auditspoor auditspoor;

    @Inject
    ParticipatietrajectRepository trajecten;

    @Inject
    InitiatiefRepository initiatieven;

    @Inject
    javax.sql.DataSource database;

    @Inject
    VraagRepository vragen;

    @Inject
    BijeenkomstRepository bijeenkomsten;

    @Inject
    KernagendaRepository agendas;

    @Inject
    IndicatorRepository indicatoren;

    @Inject
    ZaakOutbox zaakOutbox;

    @Inject
    ZaakNotificaties zaakNotificaties;

    @Inject
    ZaakConflicten zaakConflicten;

    @Override
    public GemeenteRepository gemeenten() {
        return gemeenten;
    }

    @Override
    public <T> T inTransactie(Supplier<T> werk) {
        return QuarkusTransaction.requiringNew().call(werk::get);
    }

    @Nested
    class Gemeenten extends GemeenteRepositoryContract {
    }

    @Nested
    class Kernen extends KernRepositoryContract {
        @Override
        protected KernRepository kernen() {
            return kernen;
        }
    }

    @Nested
    class Audit extends AuditspoorContract {
        @Override
        protected Auditspoor auditspoor() {
            return auditspoor;
        }

        @org.junit.jupiter.api.Test
        void the_database_refuses_to_change_or_remove_an_audit_line() throws Exception {
            var gemeente = nieuweGemeente();
            inTransactie(() -> {
                auditspoor.leg(nl.kernpunt.application.audit.Auditregel.van(gemeente, "initiatief",
                        java.util.UUID.randomUUID(), klok.instant(), "Annemiek Verhoef", "ingediend", java.util.Map.of()));
                return null;
            });
            try (var verbinding = database.getConnection(); var opdracht = verbinding.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> opdracht.executeUpdate("update auditregel set door = 'vervalst'"))
                        .hasMessageContaining("append-only");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> opdracht.executeUpdate("delete from auditregel"))
                        .hasMessageContaining("append-only");
            }
        }
    }

    @Nested
    class Participatietrajecten extends ParticipatietrajectRepositoryContract {
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
        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return inTransactie(() -> kernen.voegToe(kern));
        }
    }

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

    @Nested
    class Bijeenkomsten extends BijeenkomstRepositoryContract {
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

    @Inject
    SubsidieRepository subsidies;

    @Inject
    SubsidieregelingRepository regelingen;

    @Nested
    class Subsidies extends SubsidieRepositoryContract {
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
        @Override
        protected ZaakOutbox outbox() {
            return zaakOutbox;
        }
    }

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
