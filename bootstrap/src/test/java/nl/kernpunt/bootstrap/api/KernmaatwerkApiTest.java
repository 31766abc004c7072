package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.VragenApiTest.VRAGEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 15, seed 000: "niet iedere kern is hetzelfde". In the pilots Zoelen's residents
 * wanted quick answers at a fixed walk-in moment; the gemeente may give that kern its own answer
 * term, which wins over the gemeente's for the questions asked there.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KernmaatwerkApiTest extends ApiTestBasis {

    @Test
    void seed_000_a_kern_with_its_own_answer_term_gives_its_questions_that_term_and_others_keep_the_gemeentes() {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String ravenswaaij = nieuweKern(gemeente, "Ravenswaaij");

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("antwoordtermijnDagen", 3))
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(403);
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("antwoordtermijnDagen", 3))
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("maatwerk.antwoordtermijnDagen", equalTo(3));
        anoniem().get(KERNEN + "/" + zoelen).then().statusCode(200).body("$", not(hasKey("maatwerk")));

        vraag(gemeente, zoelen).statusCode(201)
                .body("termijn.dagen", equalTo(3)).body("deadline", equalTo("2026-03-05T09:00:00Z"));
        vraag(gemeente, ravenswaaij).statusCode(201)
                .body("termijn.dagen", equalTo(7)).body("deadline", equalTo("2026-03-09T09:00:00Z"));

        als(gemeente, "beheerder").header("If-Match", "\"1\"").body(Map.of())
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(200)
                .body("maatwerk", not(hasKey("antwoordtermijnDagen")));
        vraag(gemeente, zoelen).statusCode(201).body("termijn.dagen", equalTo(7));
    }

    private io.restassured.response.ValidatableResponse vraag(String gemeente, String kern) {
        return als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Stoep kapot",
                        "tekst", "Bij de school ligt een tegel los.", "vrager", Map.of("naam", "Inwoner"),
                        "ontvangenOp", "2026-03-02T09:00:00Z"))
                .post(VRAGEN).then();
    }
}
