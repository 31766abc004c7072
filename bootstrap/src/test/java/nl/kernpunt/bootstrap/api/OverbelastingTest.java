package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The service out of database connections answers 503 tijdelijk-overbelast with Retry-After, not 500,
 * and has written nothing, so the client's retry with the same Idempotency-Key is the first write
 * (docs/adr/0032). The test takes every connection of the real pool itself, so each request waits the
 * configured acquisition timeout (3 s) and then gets its answer.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OverbelastingTest extends ApiTestBasis {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.log.file.path")
    Path logbestand;

    @Test
    void without_a_free_connection_a_write_and_a_public_read_get_503_with_retry_after_and_the_retry_works()
            throws SQLException, IOException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ommeren");
        Map<String, Object> vraag = Map.of("kern", kern, "onderwerp", "Lantaarnpaal", "tekst", "De lamp is stuk.",
                "vrager", Map.of("naam", "Mevrouw Van Rijn"));

        List<Connection> bezet = neemAlleVerbindingen();
        try {
            long start = System.nanoTime();
            overbelast(als(gemeente, "medewerker").header("Idempotency-Key", "overbelast-1").body(vraag)
                    .post(VragenApiTest.VRAGEN));
            assertThat((System.nanoTime() - start) / 1_000_000).as("waited the acquisition timeout, not longer")
                    .isBetween(2_500L, 10_000L);
            overbelast(anoniem().queryParam("gemeente", gemeente).get(KERNEN));
        } finally {
            for (Connection verbinding : bezet) {
                verbinding.close();
            }
        }

        // the numbering round (every second) met the same full pool: a warning, not Quarkus' ERROR
        assertThat(Files.readString(logbestand))
                .contains("Ronde gebeurtenisnummering overgeslagen: de database is niet bereikbaar")
                .doesNotContain("Error occurred while executing task");

        Response opnieuw = als(gemeente, "medewerker").header("Idempotency-Key", "overbelast-1").body(vraag)
                .post(VragenApiTest.VRAGEN);
        opnieuw.then().statusCode(201);
        assertThat(opnieuw.header("Idempotent-Replayed")).isNull();
        als(gemeente, "medewerker").get(VragenApiTest.VRAGEN).then().statusCode(200).body("resultaten.size()", equalTo(1));
    }

    private static void overbelast(Response antwoord) {
        antwoord.then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "2")
                .body("code", equalTo("tijdelijk-overbelast"));
    }

    /** Every connection the pool may hand out, held until the caller closes them. */
    private List<Connection> neemAlleVerbindingen() throws SQLException {
        int maximum = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<Connection> bezet = new ArrayList<>();
        for (int i = 0; i < maximum; i++) {
            bezet.add(dataSource.getConnection());
        }
        return bezet;
    }
}
