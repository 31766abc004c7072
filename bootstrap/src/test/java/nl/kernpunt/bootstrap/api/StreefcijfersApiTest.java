package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Targets are each gemeente's own data, shown next to their figure (issue #13 item 10). Seed 002,
 * West Betuwe's raadsinformatiebrief: "85% van het leefbaarheidsbudget is besteed" and "50% van de
 * kernen heeft een kernagenda".
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class StreefcijfersApiTest extends ApiTestBasis {

    private static final String STREEFCIJFERS = "/api/v1/monitoring/streefcijfers";
    private static final JsonPathConfig EXACT = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @Test
    void a_gemeente_starts_with_west_betuwes_targets_and_its_beheerder_sets_its_own_which_monitoring_shows_in_json_and_csv() {
        String gemeente = nieuweGemeente();
        nieuweKern(gemeente, "Herwijnen");
        // the ledger's schemes are made on first use, so the monitoring has a budget to show a percentage of
        als(gemeente, "medewerker").get("/api/v1/subsidies/regelingen").then().statusCode(200);

        als(gemeente, "medewerker").get(STREEFCIJFERS).then().statusCode(200).header("ETag", "\"0\"")
                .body("percentageBudgetToegekend", equalTo(85.0f))
                .body("percentageKernenMetKernagenda", equalTo(50.0f));
        assertThat(doel(gemeente, "subsidies.perRegeling.find { it.regeling == 'leefbaarheidsbudget' }.doelPercentageToegekend"))
                .isEqualTo("85.0");
        assertThat(doel(gemeente, "kernen.doelPercentageMetKernagenda")).isEqualTo("50.0");

        als(gemeente, "beheerder").header("If-Match", "\"0\"")
                .body(Map.of("percentageBudgetToegekend", 90, "percentageKernenMetKernagenda", 100))
                .put(STREEFCIJFERS).then().statusCode(200).header("ETag", "\"1\"")
                .body("percentageBudgetToegekend", equalTo(90.0f));

        assertThat(doel(gemeente, "subsidies.perRegeling.find { it.regeling == 'leefbaarheidsbudget' }.doelPercentageToegekend"))
                .isEqualTo("90.0");
        assertThat(doel(gemeente, "subsidies.perRegeling.find { it.regeling == 'straatbijeenkomst' }.doelPercentageToegekend"))
                .as("no budget, no percentage, no target").isEqualTo("null");
        assertThat(doel(gemeente, "kernen.doelPercentageMetKernagenda")).isEqualTo("100.0");
        String csv = als(gemeente, "kernambtenaar").accept("text/csv").get(MonitoringApiTest.MONITORING)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("\r\nsubsidies,perRegeling.doelPercentageToegekend,leefbaarheidsbudget,90.0\r\n",
                "\r\nkernen,doelPercentageMetKernagenda,,100.0\r\n");
        assertThat(doel(nieuweGemeente(), "kernen.doelPercentageMetKernagenda")).as("another gemeente keeps its own")
                .isEqualTo("null");
    }

    @Test
    void a_target_left_out_is_no_target_and_its_figure_stands_alone() {
        String gemeente = nieuweGemeente();
        nieuweKern(gemeente, "Asperen");

        als(gemeente, "beheerder").header("If-Match", "*").body(Map.of("percentageBudgetToegekend", 85))
                .put(STREEFCIJFERS).then().statusCode(200)
                .body("percentageKernenMetKernagenda", nullValue());

        Response csv = als(gemeente, "medewerker").accept("text/csv").get(MonitoringApiTest.MONITORING);
        assertThat(csv.asString()).contains("\r\nkernen,percentageMetKernagenda,,0.0\r\n",
                "\r\nkernen,doelPercentageMetKernagenda,,\r\n");
        assertThat(doel(gemeente, "kernen.doelPercentageMetKernagenda")).isEqualTo("null");
    }

    @Test
    void only_a_beheerder_changes_them_with_the_version_read_and_a_valid_percentage() {
        String gemeente = nieuweGemeente();
        Map<String, Object> doelen = Map.of("percentageBudgetToegekend", 80);

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(doelen).put(STREEFCIJFERS)
                .then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
        als(gemeente, "beheerder").body(doelen).put(STREEFCIJFERS).then().statusCode(428);
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("percentageKernenMetKernagenda", 50.25))
                .put(STREEFCIJFERS).then().statusCode(400)
                .body("code", equalTo("te-veel-decimalen"))
                .body("invalidParams[0].name", equalTo("percentageKernenMetKernagenda"))
                .body("invalidParams[0].code", equalTo("te-veel-decimalen"));
        ongeldig().contentType("application/json").header("Authorization", "Bearer "
                        + TestTokens.voor(gemeente, "beheerder"))
                .header("If-Match", "\"0\"").body(Map.of("percentageBudgetToegekend", 101)).put(STREEFCIJFERS)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("percentageBudgetToegekend"));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(doelen).put(STREEFCIJFERS).then().statusCode(200);
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(doelen).put(STREEFCIJFERS).then().statusCode(412);
        als(gemeente, "medewerker").get(STREEFCIJFERS).then().statusCode(200).header("ETag", "\"1\"")
                .body("percentageBudgetToegekend", equalTo(80.0f));
    }

    /** A figure's target as exact text, "null" when absent. */
    private String doel(String gemeente, String pad) {
        Response json = als(gemeente, "medewerker").get(MonitoringApiTest.MONITORING);
        json.then().statusCode(200);
        return String.valueOf((Object) json.jsonPath(EXACT).get(pad));
    }
}
