package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.InitiatievenApiTest.INITIATIEVEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Right to Challenge as a process within the initiative's lifecycle (issue #13 item 13). Seed 000
 * §3.2.5 ("Recht om uit te dagen": inwoners nemen taken van de gemeente over "als zij denken het
 * slimmer, beter, goedkoper of anders te kunnen doen") and 004 ("Niet alle initiatieven zijn meteen
 * een right to challenge-initiatief"), told with the village hall of Zoelen.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RightToChallengeApiTest extends ApiTestBasis {

    @Test
    void dorpsbelang_challenges_the_gemeente_which_assesses_accepts_with_reasons_and_the_initiative_is_carried_out() {
        String gemeente = nieuweGemeente();
        String id = uitdaging(gemeente);
        String pad = INITIATIEVEN + "/" + id;
        als(gemeente, "medewerker").get(pad).then().statusCode(200).body("uitdaging.fase", equalTo("ingediend"));

        naar(gemeente, id, "in-behandeling").then().statusCode(200).body("uitdaging.fase", equalTo("in-beoordeling"));
        rol(gemeente, id).then().statusCode(200);
        naar(gemeente, id, "rol-bepaald").then().statusCode(409).body("code", equalTo("uitdaging-niet-beslist"));

        besluit(gemeente, id, "kernambtenaar", true, "Dorpsbelang runt het dorpshuis goedkoper en met meer"
                + " openingsuren dan de gemeente.").then().statusCode(200)
                .body("uitdaging.fase", equalTo("aanvaard"))
                .body("uitdaging.reden", equalTo("Dorpsbelang runt het dorpshuis goedkoper en met meer openingsuren"
                        + " dan de gemeente."))
                .body("uitdaging.besluitOp", notNullValue());
        naar(gemeente, id, "rol-bepaald").then().statusCode(200);
        naar(gemeente, id, "in-uitvoering").then().statusCode(200).body("uitdaging.fase", equalTo("aanvaard"));

        als(gemeente, "medewerker").get(pad + "/audit").then().statusCode(200)
                .body("resultaten.actie", hasItem("uitdaging-beslist"))
                .body("resultaten.find { it.actie == 'uitdaging-beslist' }.gegevens.aanvaard", equalTo("true"));
    }

    @Test
    void a_refused_challenge_keeps_its_reasons_and_the_initiative_goes_on_as_an_ordinary_one() {
        String gemeente = nieuweGemeente();
        String id = uitdaging(gemeente);
        naar(gemeente, id, "in-behandeling").then().statusCode(200);

        besluit(gemeente, id, "beheerder", false, "Het beheer is tot 2028 aanbesteed.").then().statusCode(200)
                .body("uitdaging.fase", equalTo("afgewezen"))
                .body("uitdaging.reden", equalTo("Het beheer is tot 2028 aanbesteed."));
        rol(gemeente, id).then().statusCode(200);
        naar(gemeente, id, "rol-bepaald").then().statusCode(200);
        besluit(gemeente, id, "beheerder", true, "Toch wel.").then().statusCode(409)
                .body("code", equalTo("uitdaging-al-beslist"));
    }

    @Test
    void a_decision_is_for_the_kernambtenaar_or_beheerder_with_reasons_on_a_challenge_in_beoordeling_only() {
        String gemeente = nieuweGemeente();
        String id = uitdaging(gemeente);
        besluit(gemeente, id, "kernambtenaar", true, "Ja.").then().statusCode(409)
                .body("code", equalTo("uitdaging-niet-in-beoordeling"));
        naar(gemeente, id, "in-behandeling").then().statusCode(200);
        besluit(gemeente, id, "medewerker", true, "Ja.").then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
        besluit(gemeente, id, "kernambtenaar", true, "   ").then().statusCode(409)
                .body("code", equalTo("besluit-zonder-motivering"));
        als(gemeente, "kernambtenaar").body(Map.of("aanvaard", true, "reden", "Ja."))
                .post(INITIATIEVEN + "/" + id + "/uitdaging/besluit").then().statusCode(428);
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("aanvaard", true, "reden", "Ja."))
                .post(INITIATIEVEN + "/" + id + "/uitdaging/besluit").then().statusCode(412);
        als(nieuweGemeente(), "kernambtenaar").header("If-Match", "*").body(Map.of("aanvaard", true, "reden", "Ja."))
                .post(INITIATIEVEN + "/" + id + "/uitdaging/besluit").then().statusCode(404);

        String gewoon = als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(
                nieuweKern(gemeente, "Ingen"), "Jeu-de-boulesbaan")).post(INITIATIEVEN).then().statusCode(201)
                .body("$", not(org.hamcrest.Matchers.hasKey("uitdaging"))).extract().path("id");
        naar(gemeente, gewoon, "in-behandeling").then().statusCode(200);
        besluit(gemeente, gewoon, "kernambtenaar", true, "Ja.").then().statusCode(409)
                .body("code", equalTo("geen-uitdaging"));
        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + id).then().statusCode(200)
                .body("uitdaging.reden", nullValue());
    }

    /** Dorpsbelang Zoelen wants to take over the village hall (000 §2.3: "het voortbestaan van het dorpshuis Zoelen"). */
    private String uitdaging(String gemeente) {
        Map<String, Object> nieuw = new HashMap<>(InitiatievenApiTest.initiatiefNieuw(nieuweKern(gemeente, "Zoelen"),
                "Dorpsbelang neemt het dorpshuis over"));
        nieuw.put("vorm", Map.of("georganiseerd", true, "structureel", true, "rightToChallenge", true));
        return als(gemeente, "medewerker").body(nieuw).post(INITIATIEVEN).then().statusCode(201).extract().path("id");
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(INITIATIEVEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private Response naar(String gemeente, String id, String status) {
        return als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, id)).body(Map.of("naar", status))
                .post(INITIATIEVEN + "/" + id + "/statusovergangen");
    }

    private Response rol(String gemeente, String id) {
        return als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, id))
                .body(Map.of("rol", "faciliteren", "reden", "Dorpsbelang voert uit, de gemeente helpt"))
                .put(INITIATIEVEN + "/" + id + "/rol");
    }

    private Response besluit(String gemeente, String id, String rol, boolean aanvaard, String reden) {
        return als(gemeente, rol).header("If-Match", etag(gemeente, id))
                .body(Map.of("aanvaard", aanvaard, "reden", reden)).post(INITIATIEVEN + "/" + id + "/uitdaging/besluit");
    }
}
