package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The tombstone feed (docs/adr/0019): one tombstone per removal kind that exists today, in the removal's transaction. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerwijderingenApiTest extends ApiTestBasis {

    private static final String VERWIJDERINGEN = "/api/v1/verwijderingen";
    private static final String INITIATIEVEN = "/api/v1/initiatieven";

    @Test
    void an_archived_kern_and_a_withdrawn_initiative_leave_a_tombstone_in_order_without_personal_data() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Erichem");
        String initiatief = als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Bankje bij de kerk"))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id");
        als(gemeente, "medewerker").get(VERWIJDERINGEN).then().statusCode(200).body("resultaten", empty());

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("naar", "ingetrokken"))
                .post(INITIATIEVEN + "/" + initiatief + "/statusovergangen").then().statusCode(200);
        String ingetrokkenOp = als(gemeente, "medewerker").get(INITIATIEVEN + "/" + initiatief).then().extract().path("gewijzigdOp");
        als(gemeente, "beheerder").header("If-Match", "\"0\"").post(KERNEN + "/" + kern + "/archiveer").then().statusCode(200);
        String gearchiveerdOp = als(gemeente, "medewerker").get(KERNEN + "/" + kern).then().extract().path("gewijzigdOp");

        Response feed = als(gemeente, "kernambtenaar").get(VERWIJDERINGEN);
        feed.then().statusCode(200)
                .body("resultaten.soort", contains("initiatief", "kern"))
                .body("resultaten.id", contains(initiatief, kern))
                .body("resultaten.reden", contains("ingetrokken", "gearchiveerd"))
                .body("resultaten.verwijderdOp", contains(ingetrokkenOp, gearchiveerdOp));
        List<Map<String, Object>> grafstenen = feed.path("resultaten");
        assertThat(grafstenen).allSatisfy(g -> assertThat(g).containsOnlyKeys("soort", "id", "reden", "verwijderdOp"));

        als(gemeente, "medewerker").queryParam("updatedSince", gearchiveerdOp).get(VERWIJDERINGEN)
                .then().statusCode(200).body("resultaten.id", contains(kern));
        Response eerste = als(gemeente, "medewerker").queryParam("pageSize", 1).get(VERWIJDERINGEN);
        eerste.then().body("resultaten.id", contains(initiatief)).body("volgendeCursor", notNullValue());
        als(gemeente, "medewerker").queryParam("pageSize", 1).queryParam("cursor", eerste.<String>path("volgendeCursor"))
                .get(VERWIJDERINGEN).then().body("resultaten.id", contains(kern)).body("volgendeCursor", nullValue());
    }

    @Test
    void a_refused_removal_leaves_no_tombstone_and_another_gemeente_sees_none() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ommeren");
        als(gemeente, "beheerder").header("If-Match", "\"7\"").post(KERNEN + "/" + kern + "/archiveer").then().statusCode(412);
        als(gemeente, "medewerker").get(VERWIJDERINGEN).then().statusCode(200).body("resultaten", empty());

        als(gemeente, "beheerder").header("If-Match", "\"0\"").post(KERNEN + "/" + kern + "/archiveer").then().statusCode(200);
        als(gemeente, "medewerker").get(VERWIJDERINGEN).then().body("resultaten.id", contains(kern));
        als(nieuweGemeente(), "beheerder").get(VERWIJDERINGEN).then().statusCode(200).body("resultaten", empty());
        ongeldig().get(VERWIJDERINGEN).then().statusCode(401).body("code", equalTo("niet-geauthenticeerd"));
    }
}
