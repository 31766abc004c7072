package nl.kernpunt.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** ADR transport security: every response, successes and errors alike, carries the same headers. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BeveiligingsheadersTest {

    @Test
    void every_response_carries_the_api_version_and_security_headers() {
        List<Response> antwoorden = List.of(
                given().get("/api/v1/kernen"),
                given().get("/api/v1/bestaat-niet"),
                given().get("/api/v1/openapi.json"),
                given().contentType("application/json").body("{").post("/api/v1/kernen"));

        for (Response antwoord : antwoorden) {
            antwoord.then()
                    .header("API-Version", "1.0.0")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age="))
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void a_configured_origin_may_call_the_api_from_a_browser() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "if-match,authorization")
                .options("/api/v1/kernen")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
