package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Probes, scrapers and front-end developers (docs/adr/0015): outside the contract, without a token. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BedrijfsvoeringTest extends ApiTestBasis {

    @Test
    void ready_on_a_reachable_migrated_database_with_the_join_outbox_in_the_data() {
        buitenContract().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database schema migrated", "Join outbox",
                        "Database connections health check"))
                .body("checks.find { it.name == 'Database schema migrated' }.data.openstaandeMigraties", equalTo(0))
                // the whole database's figure: other tests in this application park rows on purpose
                .body("checks.find { it.name == 'Join outbox' }.data.geparkeerd", greaterThanOrEqualTo(0));
        buitenContract().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheus_metrics_have_route_timings_the_pool_and_our_figures_per_gemeente() {
        String gemeente = nieuweGemeente();
        anoniem().get(GEMEENTEN).then().statusCode(200);

        // the figures per gemeente are counted in the background and appear one gauge after another
        List<String> eigenCijfers = Stream.of("kernpunt_zaak_outbox_rijen{gemeente=\"%s\",toestand=\"geparkeerd\"} 0.0",
                "kernpunt_zaak_outbox_oudste_wachtend_seconds{gemeente=\"%s\"} 0.0",
                "kernpunt_zaak_conflicten_open{gemeente=\"%s\"} 0.0", "kernpunt_vragen_verlopen{gemeente=\"%s\"} 0.0",
                "kernpunt_afspraken_verlopen{gemeente=\"%s\"} 0.0").map(regel -> regel.formatted(gemeente)).toList();
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String metrics = "";
        while (System.nanoTime() < tot && !eigenCijfers.stream().allMatch(metrics::contains)) {
            metrics = buitenContract().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        assertThat(metrics)
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/gemeenten\"}")
                .contains("agroal_available_count{datasource=\"default\"}")
                .contains(eigenCijfers);
    }

    /**
     * The public status' metrics name its route for every answer, also those given before its resource
     * is matched (406) and those of a refused token, as Quarkus' own template search did before
     * AnoniemeOpenbareStatus took its place for anonymous requests (docs/adr/0031, fourth round).
     */
    @Test
    void the_public_status_metrics_name_its_route_for_every_answer() {
        String pad = InitiatievenApiTest.OPENBAAR + "/";
        buitenContract().get(pad + "AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
        buitenContract().get(pad + "fout!").then().statusCode(400);
        buitenContract().accept("text/plain").get(pad + "AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(406);
        buitenContract().header("Authorization", "Bearer kapot").get(pad + "AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(401);

        String metrics = buitenContract().get("/q/metrics").then().statusCode(200).extract().asString();
        String regel = "http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"%d\","
                + "uri=\"/openbaar/initiatieven/{referentie}\"}";
        assertThat(metrics).contains(regel.formatted(404), regel.formatted(400), regel.formatted(406),
                regel.formatted(401)).doesNotContain("uri=\"/api/v1/openbaar/initiatieven/");
    }

    @Test
    void swagger_ui_serves_the_committed_contract() {
        buitenContract().get("/api/v1/ui/").then().statusCode(200);
        assertThat(buitenContract().get("/api/v1/ui/").asString()).contains("/api/v1/openapi");
    }
}
