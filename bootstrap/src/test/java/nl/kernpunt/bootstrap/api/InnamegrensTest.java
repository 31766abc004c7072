package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.kernpunt.adapter.rest.http.Innamegrens;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Past {@code kernpunt.http.max-lopende-verzoeken} an API request is refused at once with 503 and
 * Retry-After instead of queueing without bound (docs/adr/0032); probes are not counted, and every
 * request accepted is counted out again, whatever its answer. Requests are held in flight by taking
 * every database connection, so each accepted one waits the acquisition timeout (3 s).
 */
@QuarkusTest
@TestProfile(InnamegrensTest.DrieTegelijk.class)
@QuarkusTestResource(PostgresTestResource.class)
class InnamegrensTest extends ApiTestBasis {

    private static final int GRENS = 3;
    private static final int VERZONDEN = 5;

    public static class DrieTegelijk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kernpunt.http.max-lopende-verzoeken", String.valueOf(GRENS));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Innamegrens innamegrens;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void past_the_bound_a_request_gets_503_at_once_probes_still_answer_and_every_request_is_counted_out()
            throws Exception {
        String gemeente = nieuweGemeente();
        List<Connection> bezet = new ArrayList<>();
        List<HttpResponse<String>> antwoorden = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.getConfiguration().connectionPoolConfiguration().maxSize(); i++) {
                bezet.add(dataSource.getConnection());
            }
            List<CompletableFuture<HttpResponse<String>>> onderweg = new ArrayList<>();
            for (int i = 0; i < VERZONDEN; i++) {
                onderweg.add(http.sendAsync(get(KERNEN + "?gemeente=" + gemeente), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> geweigerd = eersteGeweigerde(onderweg);
            assertThat(innamegrens.lopend()).as("the accepted ones are still waiting").isEqualTo(GRENS);
            assertThat(http.send(get("/q/health/live"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(geweigerd.statusCode()).isEqualTo(503);
            assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(geweigerd.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(geweigerd.headers().firstValue("API-Version")).isPresent();
            assertThat(geweigerd.body()).contains("\"code\":\"tijdelijk-overbelast\"");
            onderweg.forEach(antwoord -> antwoorden.add(antwoord.join()));
        } finally {
            for (Connection verbinding : bezet) {
                verbinding.close();
            }
        }

        assertThat(antwoorden).allSatisfy(antwoord -> assertThat(antwoord.statusCode()).isEqualTo(503));
        assertThat(antwoorden).filteredOn(antwoord -> antwoord.body().contains("meer verzoeken tegelijk"))
                .hasSize(VERZONDEN - GRENS);
        wachtTotNiemandMeerLoopt();
        assertThat(innamegrens.lopend()).as("every request counted out").isZero();
        anoniem().queryParam("gemeente", gemeente).get(KERNEN).then().statusCode(200);
        // a refusal before any resource matched has no route template; labelled by its raw path, an
        // id or reference in it would make a series of its own (docs/adr/0015)
        assertThat(buitenContract().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("outcome=\"SERVER_ERROR\",status=\"503\",uri=\"/GEWEIGERD\"}")
                .doesNotContain("uri=\"/api/v1/");
    }

    @Test
    void a_request_refused_by_a_transport_rule_is_counted_out_too() throws InterruptedException {
        RuweHttp ruw = new RuweHttp(RestAssured.port);
        for (int i = 0; i < GRENS + 2; i++) {
            // refused before JAX-RS with the connection closed after the answer (Transportgrenzen)
            assertThat(ruw.stuur("GET", "/api/v1/kernen/%zz", Map.of("Accept", "application/json"), null).status())
                    .isEqualTo(400);
        }
        wachtTotNiemandMeerLoopt();
        assertThat(innamegrens.lopend()).isZero();
    }

    private void wachtTotNiemandMeerLoopt() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (innamegrens.lopend() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    /** The first refusal, which comes long before the accepted requests' acquisition timeout. */
    private static HttpResponse<String> eersteGeweigerde(List<CompletableFuture<HttpResponse<String>>> onderweg)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2_000;
        while (System.currentTimeMillis() < deadline) {
            for (CompletableFuture<HttpResponse<String>> antwoord : onderweg) {
                if (antwoord.isDone() && antwoord.join().body().contains("meer verzoeken tegelijk")) {
                    return antwoord.join();
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no request was refused at once");
    }

    private static HttpRequest get(String pad) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pad)).GET().build();
    }
}
