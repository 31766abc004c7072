package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class GemeentenApiTest extends ApiTestBasis {

    @Test
    void a_beheerder_registers_their_own_gemeente_and_gets_its_location_and_default_terms() {
        String code = nieuweGemeente();

        als(code, "beheerder").get(GEMEENTEN + "/" + code).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("rsin", equalTo("001000007"))
                .body("instellingen.antwoordtermijnDagen", equalTo(7))
                .body("instellingen.terugkoppeltermijnDagen", equalTo(14))
                .body("instellingen.stilteDrempelDagen", equalTo(28));
    }

    @Test
    void a_beheerder_cannot_register_another_gemeente() {
        String eigen = nieuweGemeente();

        als(eigen, "beheerder").body(Map.of("code", "0001", "naam", "Elders", "rsin", "001000007")).post(GEMEENTEN)
                .then().statusCode(403).body("code", equalTo("andere-gemeente"));
    }

    @Test
    void others_read_only_the_code_and_name() {
        String code = nieuweGemeente();

        anoniem().get(GEMEENTEN + "/" + code).then().statusCode(200)
                .body("naam", equalTo("Testgemeente " + code))
                .body("$", not(Matchers.hasKey("rsin")))
                .body("$", not(Matchers.hasKey("instellingen")));
        als(nieuweGemeente(), "beheerder").get(GEMEENTEN + "/" + code).then()
                .body("$", not(Matchers.hasKey("rsin")));
    }

    @Test
    void the_terms_change_with_if_match_and_a_stale_version_is_refused() {
        String code = nieuweGemeente();
        Map<String, Object> wijziging = Map.of("naam", "Buren", "rsin", "002220647",
                "instellingen", Map.of("antwoordtermijnDagen", 5, "terugkoppeltermijnDagen", 10, "stilteDrempelDagen", 21));

        als(code, "beheerder").header("If-Match", "\"0\"").body(wijziging).put(GEMEENTEN + "/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("instellingen.antwoordtermijnDagen", equalTo(5));
        als(code, "beheerder").header("If-Match", "\"0\"").body(wijziging).put(GEMEENTEN + "/" + code)
                .then().statusCode(412).body("code", equalTo("versie-verouderd"));
    }

    @Test
    void the_list_pages_through_gemeenten_in_code_order() {
        String code = nieuweGemeente();

        anoniem().queryParam("pageSize", 100).get(GEMEENTEN).then().statusCode(200)
                .body("resultaten.code", hasItem(code));
    }
}
