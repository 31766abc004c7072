package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.InitiatievenApiTest.INITIATIEVEN;
import static nl.kernpunt.bootstrap.api.InitiatievenApiTest.initiatiefNieuw;
import static nl.kernpunt.bootstrap.api.VragenApiTest.VRAGEN;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 15, seed 000: "niet iedere kern is hetzelfde". In the pilots Zoelen's residents
 * wanted quick answers at a fixed walk-in moment; the gemeente may give that kern its own answer
 * term, which wins over the gemeente's for the questions asked there; likewise its own silence
 * threshold and its own leefbaarheidsbudget (the latter in SubsidiesApiTest).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KernmaatwerkApiTest extends ApiTestBasis {

    @Inject
    DataSource database;

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

    /**
     * Seed 000 §3.3.6 ("dat de gemeente vanuit henzelf contact opneemt") with maatwerk: Zoelen agreed
     * on a monthly walk-in with its dorpsraad, so the gemeente gives it 60 days before an initiative
     * counts as silent; Ravenswaaij keeps the gemeente's 28.
     */
    @Test
    void seed_000_a_kern_with_its_own_silence_threshold_flags_and_filters_its_initiatives_by_that_threshold()
            throws SQLException {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String ravenswaaij = nieuweKern(gemeente, "Ravenswaaij");
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("stilteDrempelDagen", 60))
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(200)
                .body("maatwerk.stilteDrempelDagen", equalTo(60));
        String inZoelen = initiatief(gemeente, zoelen, "Jeu-de-boulesbaan");
        String inRavenswaaij = initiatief(gemeente, ravenswaaij, "Bankje aan de dijk");
        OverdrachtApiTest.zonderContactSinds(database, UUID.fromString(inZoelen), 40);
        OverdrachtApiTest.zonderContactSinds(database, UUID.fromString(inRavenswaaij), 40);

        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + inZoelen).then().statusCode(200).body("stil", equalTo(false));
        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + inRavenswaaij).then().statusCode(200).body("stil", equalTo(true));
        als(gemeente, "medewerker").get(INITIATIEVEN + "?stil=true").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(inRavenswaaij)));
        als(gemeente, "medewerker").get(INITIATIEVEN + "?stil=false").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(inZoelen)));

        OverdrachtApiTest.zonderContactSinds(database, UUID.fromString(inZoelen), 61);
        als(gemeente, "medewerker").get(INITIATIEVEN + "?stil=true").then().statusCode(200)
                .body("resultaten.id", hasItems(inZoelen, inRavenswaaij));
    }

    @Test
    void a_threshold_or_budget_out_of_bounds_is_a_bad_request_naming_the_field_and_changes_nothing() {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");

        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("leefbaarheidsbudget", "0.00"))
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("leefbaarheidsbudget"))
                .body("invalidParams[0].code", equalTo("niet-positief"));
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder"))
                .header("If-Match", "\"0\"").contentType("application/json").body(Map.of("stilteDrempelDagen", 400))
                .put(KERNEN + "/" + zoelen + "/maatwerk").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("stilteDrempelDagen"));
        als(gemeente, "medewerker").get(KERNEN + "/" + zoelen).then().statusCode(200).header("ETag", "\"0\"")
                .body("maatwerk", anEmptyMap());
    }

    private String initiatief(String gemeente, String kern, String titel) {
        return als(gemeente, "medewerker").body(initiatiefNieuw(kern, titel)).post(INITIATIEVEN).then().statusCode(201)
                .extract().path("id");
    }

    private io.restassured.response.ValidatableResponse vraag(String gemeente, String kern) {
        return als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Stoep kapot",
                        "tekst", "Bij de school ligt een tegel los.", "vrager", Map.of("naam", "Inwoner"),
                        "ontvangenOp", "2026-03-02T09:00:00Z"))
                .post(VRAGEN).then();
    }
}
