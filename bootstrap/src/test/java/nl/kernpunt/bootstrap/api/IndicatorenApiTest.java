package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class IndicatorenApiTest extends ApiTestBasis {

    static final String INDICATOREN = "/api/v1/indicatoren";

    private static Map<String, Object> gegevens(String naam) {
        Map<String, Object> gegevens = new HashMap<>();
        gegevens.put("naam", naam);
        gegevens.put("eenheid", "rapportcijfer");
        gegevens.put("bron", "Burgerpeiling");
        gegevens.put("nulmeting", Map.of("waarde", 6.0, "jaar", 2019));
        gegevens.put("benchmark", Map.of("waarde", 6.1, "omschrijving", "gemiddelde Nederland 2019"));
        gegevens.put("streefwaarde", Map.of("waarde", 7.0, "jaar", 2023));
        return gegevens;
    }

    private String nieuw(String gemeente, String naam) {
        return als(gemeente, "beheerder").body(gegevens(naam)).post(INDICATOREN).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_figure_is_created_with_baseline_benchmark_and_target_and_gets_measurements_oldest_first() {
        String gemeente = nieuweGemeente();

        String id = als(gemeente, "kernambtenaar").body(gegevens("Waardering betrekken inwoners")).post(INDICATOREN)
                .then().statusCode(201).header("Location", startsWith(INDICATOREN + "/")).header("ETag", "\"0\"")
                .body("nulmeting.jaar", equalTo(2019)).body("streefwaarde.jaar", equalTo(2023))
                .extract().path("id");

        als(gemeente, "medewerker").body(Map.of("peildatum", "2025-10-01", "waarde", 6.4, "bron", "Burgerpeiling 2025"))
                .post(INDICATOREN + "/" + id + "/metingen").then().statusCode(200).header("ETag", "\"1\"");
        als(gemeente, "medewerker").body(Map.of("peildatum", "2022-10-01", "waarde", 6.2))
                .post(INDICATOREN + "/" + id + "/metingen").then().statusCode(200)
                .body("metingen.peildatum", contains("2022-10-01", "2025-10-01"))
                .body("metingen[1].door", org.hamcrest.Matchers.notNullValue());
        als(gemeente, "medewerker").get(INDICATOREN + "/" + id + "/audit").then().statusCode(200)
                .body("resultaten.actie", contains("aangemaakt", "meting-toegevoegd", "meting-toegevoegd"));
    }

    @Test
    void a_second_measurement_on_a_day_or_a_duplicate_name_is_409_and_a_future_day_400() {
        String gemeente = nieuweGemeente();
        String id = nieuw(gemeente, "Gemeente luistert naar mening burgers");
        String metingen = INDICATOREN + "/" + id + "/metingen";

        als(gemeente, "medewerker").body(Map.of("peildatum", "2025-10-01", "waarde", 20)).post(metingen).then().statusCode(200);
        als(gemeente, "medewerker").body(Map.of("peildatum", "2025-10-01", "waarde", 21)).post(metingen)
                .then().statusCode(409).body("code", equalTo("meting-bestaat-al"));
        als(gemeente, "medewerker").body(Map.of("peildatum", LocalDate.now().plusDays(2).toString(), "waarde", 21)).post(metingen)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("peildatum"));
        als(gemeente, "beheerder").body(gegevens("gemeente LUISTERT naar mening burgers")).post(INDICATOREN)
                .then().statusCode(409).body("code", equalTo("indicator-bestaat-al"));
    }

    @Test
    void a_target_before_the_baseline_is_400_and_a_medewerker_may_not_define_figures() {
        String gemeente = nieuweGemeente();
        Map<String, Object> fout = gegevens("Cijfer");
        fout.put("streefwaarde", Map.of("waarde", 7.0, "jaar", 2018));

        als(gemeente, "beheerder").body(fout).post(INDICATOREN)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("streefwaarde.jaar"));
        als(gemeente, "medewerker").body(gegevens("Cijfer")).post(INDICATOREN)
                .then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
    }

    @Test
    void an_update_needs_the_current_version_and_another_gemeente_gets_404() {
        String gemeente = nieuweGemeente();
        String id = nieuw(gemeente, "Cijfer");

        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(gegevens("Cijfer betrekken")).put(INDICATOREN + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("naam", equalTo("Cijfer betrekken"));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(gegevens("Cijfer")).put(INDICATOREN + "/" + id)
                .then().statusCode(412);
        als(nieuweGemeente(), "beheerder").get(INDICATOREN + "/" + id).then().statusCode(404)
                .body("code", equalTo("indicator-niet-gevonden"));
        als(gemeente, "medewerker").queryParam("bron", "burgerpeiling").get(INDICATOREN).then().statusCode(200)
                .body("resultaten.id", contains(id));
    }
}
