package nl.kernpunt.bootstrap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The Quarkus tests run against a real PostgreSQL, not an imitation. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PostgresTestResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void the_datasource_is_a_real_postgresql() throws SQLException {
        try (Connection verbinding = dataSource.getConnection();
             Statement opdracht = verbinding.createStatement();
             ResultSet resultaat = opdracht.executeQuery("select version()")) {
            assertThat(resultaat.next()).isTrue();
            assertThat(resultaat.getString(1)).startsWith("PostgreSQL");
        }
    }
}
