package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client's mistake gets a 4xx problem+json that names it; never a 500, never a stack trace. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class FoutafhandelingTest extends ApiTestBasis {

    private static final String GELDIGE_KERN = "{\"naam\":\"Asch\"}";
    private static final String GELDIGE_WIJZIGING =
            "{\"naam\":\"Asch\",\"uitrolfase\":\"starten\",\"dorpsbelangenorganisaties\":[],\"communicatiekanalen\":[]}";
    private static String gemeente;

    @BeforeEach
    void eenGemeente() {
        if (gemeente == null) {
            gemeente = nieuweGemeente();
        }
    }

    private RequestSpecification beheerder() {
        return ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder"));
    }

    static Stream<Arguments> foutieveVerzoeken() {
        return Stream.of(
                geval("malformed JSON", 400, "ongeldige-json", t -> t.beheerder().contentType("application/json").body("{\"naam\": ").post(KERNEN)),
                geval("JSON that is an array", 400, null, t -> t.beheerder().contentType("application/json").body("[]").post(KERNEN)),
                geval("an empty body", 400, null, t -> t.beheerder().contentType("application/json").body("").post(KERNEN)),
                geval("a missing required field", 400, "ongeldige-invoer", t -> t.beheerder().contentType("application/json").body("{\"gebied\":\"x\"}").post(KERNEN)),
                geval("an unknown field", 400, "onbekend-veld", t -> t.beheerder().contentType("application/json").body("{\"naam\":\"Asch\",\"inwoners\":900}").post(KERNEN)),
                geval("an unknown enum value", 400, "ongeldige-waarde", t -> t.beheerder().contentType("application/json").body("{\"naam\":\"Asch\",\"uitrolfase\":\"klaar\"}").post(KERNEN)),
                geval("a number where text is expected", 400, null, t -> t.beheerder().contentType("application/json").body("{\"naam\":{\"a\":1}}").post(KERNEN)),
                geval("a too long name", 400, "ongeldige-invoer", t -> t.beheerder().contentType("application/json").body("{\"naam\":\"" + "x".repeat(101) + "\"}").post(KERNEN)),
                geval("a malformed e-mail address", 400, null, t -> t.beheerder().contentType("application/json").body("{\"naam\":\"Asch\",\"kernambtenaar\":{\"naam\":\"A\",\"email\":\"geen-adres\"}}").post(KERNEN)),
                geval("a wrong media type", 415, "mediatype-niet-ondersteund", t -> t.beheerder().contentType("text/plain").body(GELDIGE_KERN).post(KERNEN)),
                geval("an unacceptable Accept header", 406, "niet-acceptabel", t -> t.beheerder().accept("application/xml").get(KERNEN)),
                geval("an unknown route", 404, "niet-gevonden", t -> t.buitenContract().get("/api/v1/dorpen")),
                geval("a method not allowed", 405, "methode-niet-toegestaan", t -> t.buitenContract().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder")).delete(KERNEN)),
                geval("a kern id that is no UUID", 400, "ongeldige-parameter", t -> t.ongeldig().get(KERNEN + "/niet-een-uuid")),
                geval("a page size of zero", 400, null, t -> t.ongeldig().queryParam("pageSize", 0).get(KERNEN)),
                geval("a page size that is no number", 400, "ongeldige-parameter", t -> t.ongeldig().queryParam("pageSize", "twintig").get(KERNEN)),
                geval("an updatedSince that is no date-time", 400, "ongeldige-parameter", t -> t.ongeldig().queryParam("updatedSince", "gisteren").get(KERNEN)),
                geval("a forged cursor", 400, "ongeldige-cursor", t -> t.ongeldig().queryParam("cursor", "bm9nIGVlbiBrZWVy").get(KERNEN)),
                geval("a gemeente code of three digits", 400, null, t -> t.ongeldig().queryParam("gemeente", "214").get(KERNEN)),
                geval("an RSIN failing the elfproef", 400, "ongeldig-rsin", t -> t.ongeldig().header("Authorization", "Bearer " + TestTokens.voor("0999", "beheerder"))
                        .contentType("application/json").body("{\"code\":\"0999\",\"naam\":\"X\",\"rsin\":\"123456789\"}").post(GEMEENTEN)),
                geval("an expired token", 401, null, t -> t.ongeldig().header("Authorization", "Bearer " + TestTokens.verlopen(gemeente, "beheerder"))
                        .contentType("application/json").body(GELDIGE_KERN).post(KERNEN)),
                geval("a token signed by a stranger", 401, null, t -> t.ongeldig().header("Authorization", "Bearer " + TestTokens.vanVreemdeSleutel(gemeente, "beheerder"))
                        .contentType("application/json").body(GELDIGE_KERN).post(KERNEN)),
                geval("an If-Match that is no version", 412, "versie-verouderd", t -> t.beheerder().header("If-Match", "W/\"1\"")
                        .contentType("application/json").body(GELDIGE_WIJZIGING).put(KERNEN + "/9b2f4c1e-0000-4000-8000-000000000000")));
    }

    private static Arguments geval(String naam, int status, String code, Function<FoutafhandelingTest, Response> verzoek) {
        return Arguments.of(Named.of(naam, verzoek), status, code);
    }

    @ParameterizedTest(name = "{0} answers {1}")
    @MethodSource("foutieveVerzoeken")
    void a_client_mistake_answers_a_precise_problem(Function<FoutafhandelingTest, Response> verzoek, int status, String code) {
        Response antwoord = verzoek.apply(this);

        antwoord.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("type", notNullValue())
                .body("code", matchesPattern("^[a-z0-9]+(-[a-z0-9]+)*$"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
        if (code != null) {
            antwoord.then().body("code", equalTo(code));
        }
    }

    @Test
    void an_enum_or_date_parameter_outside_the_contract_names_the_parameter_and_what_is_allowed() {
        beheerder().queryParam("status", "open").get("/api/v1/vragen").then()
                .statusCode(400).body("code", equalTo("ongeldige-parameter"))
                .body("invalidParams[0].name", equalTo("status"))
                .body("invalidParams[0].reason", containsString("wacht-op-inwoner"));
        beheerder().queryParam("van", "2026-13-01").queryParam("tot", "2027-01-01").get("/api/v1/monitoring").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("van"));
        beheerder().queryParam("jaar", 2026).get("/api/v1/subsidies/regelingen/onbekend/budget").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("regeling"))
                .body("invalidParams[0].reason", containsString("leefbaarheidsbudget"));
    }

    @Test
    void validation_problems_name_every_offending_field_by_its_path() {
        beheerder().contentType("application/json")
                .body("{\"naam\":\"\",\"kernambtenaar\":{\"naam\":\"A\",\"telefoon\":\"bel maar\"}}")
                .post(KERNEN)
                .then().statusCode(400)
                .body("invalidParams.name", hasItem("naam"))
                .body("invalidParams.name", hasItem("kernambtenaar.telefoon"))
                .body("invalidParams.size()", allOf(greaterThanOrEqualTo(2), lessThan(10)));
    }

    @Test
    void a_rejected_create_writes_nothing() {
        beheerder().contentType("application/json")
                .body("{\"naam\":\"Half\",\"dorpsbelangenorganisaties\":[{\"naam\":\"Org\",\"convenantStatus\":\"afgesloten\"}]}")
                .post(KERNEN)
                .then().statusCode(400).body("invalidParams.name", hasItem("convenantDatum"));

        anoniem().queryParam("gemeente", gemeente).queryParam("zoek", "Half").get(KERNEN)
                .then().statusCode(200).body("resultaten.size()", equalTo(0));
    }
}
