package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.gedeeld.Periode;
import org.junit.jupiter.api.Test;

/**
 * The monitoring cache's validity rule end to end (docs/adr/0034): kept figures are handed out
 * again only while nothing they were read from changed; a running deadline passing is counted at
 * the read, on top of them.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MonitoringGeheugenApiTest extends ApiTestBasis {

    private static final String MONITORING = "/api/v1/monitoring";
    private static final String VRAGEN = "/api/v1/vragen";

    @Inject
    DataSource database;

    @Inject
    MonitoringQuery berekening;

    private JsonPath monitoring(String gemeente) {
        return als(gemeente, "medewerker").get(MONITORING).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath monitoring(String gemeente, String kern) {
        return als(gemeente, "medewerker").queryParam("kern", kern).get(MONITORING)
                .then().statusCode(200).extract().jsonPath();
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
    void a_running_deadline_passing_is_counted_by_the_next_read_without_any_write_or_computing_again()
            throws Exception {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String ravenswaaij = nieuweKern(gemeente, "Ravenswaaij");
        String id = vraag(gemeente, zoelen);
        LocalDate dag = LocalDate.now(Periode.NEDERLAND);
        // today's deadline, two seconds from now (a same-day move books no rollup row, docs/adr/0030)
        try (Connection verbinding = database.getConnection();
             PreparedStatement termijn = verbinding.prepareStatement(
                     "update vraag set lopende_deadline = now() + interval '2 seconds' where id = ?::uuid")) {
            termijn.setString(1, id);
            assertThat(termijn.executeUpdate()).isEqualTo(1);
        }
        assertThat(monitoring(gemeente).getInt("vragen.openVerlopen")).isZero();
        assertThat(monitoring(gemeente, zoelen).getInt("vragen.openVerlopen")).isZero();
        assertThat(monitoring(gemeente).getInt("vragen.openVerlopen")).isZero();
        long berekend = berekening.berekeningen();

        Thread.sleep(2500);

        // the kept figures plus the probe's count: the overdue and overschreden figures move, nothing is computed
        JsonPath gemeentebreed = monitoring(gemeente);
        assertThat(gemeentebreed.getInt("vragen.openVerlopen")).isEqualTo(1);
        assertThat(gemeentebreed.getInt("vragen.overschreden")).isEqualTo(1);
        assertThat(monitoring(gemeente, zoelen).getInt("vragen.openVerlopen")).isEqualTo(1);
        // past midnight in Amsterdam the read is for a new day (computed; the deadline day is then the rollup's)
        if (LocalDate.now(Periode.NEDERLAND).equals(dag)) {
            assertThat(berekening.berekeningen()).isEqualTo(berekend);
        }
        // operations see the same count
        assertThat(buitenContract().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("kernpunt_monitoring_berekeningen_total " + (double) berekening.berekeningen());
        // the probe counts in the scope only: another kern, a period the question was not received in
        assertThat(monitoring(gemeente, ravenswaaij).getInt("vragen.openVerlopen")).isZero();
        assertThat(als(gemeente, "medewerker").queryParam("van", dag.minusYears(1).toString())
                .queryParam("tot", dag.minusMonths(7).toString()).get(MONITORING)
                .then().statusCode(200).extract().jsonPath().getInt("vragen.openVerlopen")).isZero();
    }
}
