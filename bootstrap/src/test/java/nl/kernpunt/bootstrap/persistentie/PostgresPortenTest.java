package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.kernpunt.application.audit.Auditspoor;
import nl.kernpunt.application.contract.AuditspoorContract;
import nl.kernpunt.application.contract.GemeenteRepositoryContract;
import nl.kernpunt.application.contract.InitiatiefRepositoryContract;
import nl.kernpunt.application.contract.KernRepositoryContract;
import nl.kernpunt.application.contract.ParticipatietrajectRepositoryContract;
import nl.kernpunt.application.contract.ZaakNotificatiesContract;
import nl.kernpunt.application.contract.ZaakOutboxContract;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.application.port.out.ParticipatietrajectRepository;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakNotificaties;
import nl.kernpunt.application.port.out.ZaakOutbox;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The PostgreSQL adapters honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresPortenTest {

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
    ZaakOutbox zaakOutbox;

    @Inject
    ZaakNotificaties zaakNotificaties;

    @Inject
    ZaakConflicten zaakConflicten;

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

    @Nested
    class Audit extends AuditspoorContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected Auditspoor auditspoor() {
            return auditspoor;
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
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

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
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
            return inTransactie(() -> kernen.voegToe(kern));
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }

    @Nested
    class ZaakOutboxen extends ZaakOutboxContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected ZaakOutbox outbox() {
            return zaakOutbox;
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }

    @Nested
    class ZaakNotificatiesEnConflicten extends ZaakNotificatiesContract {
        @Override
        protected GemeenteRepository gemeenten() {
            return gemeenten;
        }

        @Override
        protected ZaakNotificaties notificaties() {
            return zaakNotificaties;
        }

        @Override
        protected ZaakConflicten conflicten() {
            return zaakConflicten;
        }

        @Override
        protected <T> T inTransactie(Supplier<T> werk) {
            return QuarkusTransaction.requiringNew().call(werk::get);
        }
    }
}
