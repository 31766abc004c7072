package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The monitoring cache's validity rule end to end (docs/adr/0034): kept figures are handed out
 * again only while nothing they were read from changed and no running deadline passed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MonitoringGeheugenApiTest extends ApiTestBasis {

    private static final String MONITORING = "/api/v1/monitoring";
    private static final String VRAGEN = "/api/v1/vragen";

    @Inject
    DataSource database;

    private JsonPath monitoring(String gemeente) {
        return als(gemeente, "medewerker").get(MONITORING).then().statusCode(200).extract().jsonPath();
    }

    private String vraag(String gemeente, String kern) {
        return als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Afval naast de containers",
                        "tekst", "Bij de containers staat elke week afval.", "vrager", Map.of("naam", "Mevrouw Van Rijn")))
                .post(VRAGEN).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_write_in_between_shows_in_the_next_read_whichever_table_it_touches() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        assertThat(monitoring(gemeente).getInt("vragen.ontvangen")).isZero();
        assertThat(monitoring(gemeente).getInt("kernen.totaal")).isEqualTo(1);

        vraag(gemeente, kern);
        assertThat(monitoring(gemeente).getInt("vragen.ontvangen")).isEqualTo(1);

        // a table outside the rollup: its change trigger counts too
        nieuweKern(gemeente, "Ravenswaaij");
        assertThat(monitoring(gemeente).getInt("kernen.totaal")).isEqualTo(2);
        assertThat(monitoring(gemeente).getInt("vragen.ontvangen")).isEqualTo(1);
    }

    @Test
    void a_running_deadline_passing_is_counted_by_the_next_read_without_any_write() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String id = vraag(gemeente, kern);
        // today's deadline, two seconds from now (a same-day move books no rollup row, docs/adr/0030)
        try (Connection verbinding = database.getConnection();
             PreparedStatement termijn = verbinding.prepareStatement(
                     "update vraag set lopende_deadline = now() + interval '2 seconds' where id = ?::uuid")) {
            termijn.setString(1, id);
            assertThat(termijn.executeUpdate()).isEqualTo(1);
        }
        assertThat(monitoring(gemeente).getInt("vragen.openVerlopen")).isZero();
        assertThat(monitoring(gemeente).getInt("vragen.openVerlopen")).isZero();

        Thread.sleep(2500);

        // past midnight in Amsterdam the deadline was tomorrow's day: counted by the rollup instead
        assertThat(monitoring(gemeente).getInt("vragen.openVerlopen")).isEqualTo(1);
    }
}
