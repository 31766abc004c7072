package nl.kernpunt.bootstrap.persistentie;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.AuditspoorContract;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The PostgreSQL adapters of this feature honour the same port contracts as the in-memory fakes. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresAuditPortenTest extends PostgresPortOmgeving {

    @Inject
    DataSource database;

    @Nested
    class Audit extends AuditspoorContract {
        @Test
        void the_database_refuses_to_change_or_remove_an_audit_line() throws Exception {
            var gemeente = nieuweGemeente();
            inTransactie(() -> {
                auditspoor().leg(Auditregel.van(gemeente, "initiatief",
                        UUID.randomUUID(), klok.instant(), "Annemiek Verhoef", "ingediend", Map.of()));
                return null;
            });
            try (var verbinding = database.getConnection(); var opdracht = verbinding.createStatement()) {
                assertThatThrownBy(() -> opdracht.executeUpdate("update auditregel set door = 'vervalst'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> opdracht.executeUpdate("delete from auditregel"))
                        .hasMessageContaining("append-only");
            }
        }
    }
}
