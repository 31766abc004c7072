package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.ParticipatietrajectenApiTest.TRAJECTEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 10, seed 002 (West Betuwe's raadsinformatiebrief): besides 85 % of the budget and
 * 50 % of the kernen with a kernagenda, "Betrokken bewoners geven tijdens een evaluatiebijeenkomst
 * [...] tenminste een 7 als rapportcijfer", "De leefbaarheidssituatie scoort in de Leefbaarometer in
 * alle kernen tenminste een rapportcijfer 7" and "We organiseren overlegtafels in elk van de vijf
 * gebieden". Each target is the gemeente's, shown next to its figure with met or not.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class DoelenApiTest extends ApiTestBasis {

    private static final String STREEFCIJFERS = "/api/v1/monitoring/streefcijfers";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void seed_002_west_betuwes_mark_leefbaarometer_and_overlegtafel_targets_stand_next_to_their_figures() {
        String gemeente = nieuweGemeente();
        String herwijnen = kern(gemeente, "Herwijnen", "Vuren e.o.");
        String asperen = kern(gemeente, "Asperen", "Vuren e.o.");
        String geldermalsen = kern(gemeente, "Geldermalsen", "Geldermalsen e.o.");
        als(gemeente, "medewerker").get(STREEFCIJFERS).then().statusCode(200)
                .body("minimaalRapportcijfer", equalTo(7.0f)).body("minimaleLeefbaarometer", equalTo(7.0f))
                .body("percentageGebiedenMetOverlegtafel", equalTo(100.0f));

        // residents' marks at two evaluations: 8.0 and 6.5 average 7.3 (7.25 rounded half up)
        evaluatie(gemeente, "Herinrichting dorpsplein", 8.0);
        evaluatie(gemeente, "Speelplek Asperen", 6.5);
        // a Leefbaarometer figure for two of the three kernen; Asperen's only has its baseline
        String vanHerwijnen = leefbaarometer(gemeente, herwijnen, "Leefbaarometer Herwijnen", 6.9);
        als(gemeente, "medewerker").body(Map.of("peildatum", VANDAAG.minusYears(1).toString(), "waarde", 7.4))
                .post(IndicatorenApiTest.INDICATOREN + "/" + vanHerwijnen + "/metingen").then().statusCode(200);
        leefbaarometer(gemeente, asperen, "Leefbaarometer Asperen", 6.8);
        // one overlegtafel met, in the area of Herwijnen and Asperen
        als(gemeente, "medewerker").body(Map.of("titel", "Overlegtafel verkeer Vuren e.o.", "soort", "overlegtafel",
                        "datum", VANDAAG.toString(), "kernen", List.of(herwijnen)))
                .post(BijeenkomstenApiTest.BIJEENKOMSTEN).then().statusCode(201);

        als(gemeente, "medewerker").get(MonitoringApiTest.MONITORING).then().statusCode(200)
                .body("participatietrajecten.rapportcijfers", equalTo(2))
                .body("participatietrajecten.gemiddeldRapportcijfer", equalTo(7.3f))
                .body("participatietrajecten.doelMinimaalRapportcijfer", equalTo(7.0f))
                .body("participatietrajecten.rapportcijferGehaald", equalTo(true))
                .body("leefbaarometer.kernen", equalTo(3)).body("leefbaarometer.kernenMetScore", equalTo(2))
                .body("leefbaarometer.laagsteScore", equalTo(6.8f)).body("leefbaarometer.gehaald", equalTo(false))
                .body("leefbaarometer.perKern.naam", equalTo(List.of("Asperen", "Geldermalsen", "Herwijnen")))
                .body("leefbaarometer.perKern.score", equalTo(java.util.Arrays.asList(6.8f, null, 7.4f)))
                .body("leefbaarometer.perKern.onderDoel", equalTo(List.of(true, true, false)))
                .body("overlegtafels.gebieden", equalTo(2)).body("overlegtafels.gebiedenMetOverlegtafel", equalTo(1))
                .body("overlegtafels.percentageMetOverlegtafel", equalTo(50.0f))
                .body("overlegtafels.doelPercentageMetOverlegtafel", equalTo(100.0f))
                .body("overlegtafels.gehaald", equalTo(false))
                .body("overlegtafels.perGebied.gebied", equalTo(List.of("Geldermalsen e.o.", "Vuren e.o.")))
                .body("kernen.metKernagendaGehaald", equalTo(false));
        // with the kern in scope: its area only, and its own mark
        als(gemeente, "medewerker").queryParam("kern", herwijnen).get(MonitoringApiTest.MONITORING).then()
                .statusCode(200).body("overlegtafels.gebieden", equalTo(1)).body("overlegtafels.gehaald", equalTo(true))
                .body("leefbaarometer.gehaald", equalTo(true));
        String csv = als(gemeente, "kernambtenaar").accept("text/csv").get(MonitoringApiTest.MONITORING).then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains("\r\nparticipatietrajecten,gemiddeldRapportcijfer,,7.3\r\n",
                "\r\nparticipatietrajecten,rapportcijferGehaald,,true\r\n",
                "\r\nleefbaarometer,perKern.score," + asperen + " Asperen,6.8\r\n",
                "\r\nleefbaarometer,perKern.onderDoel," + geldermalsen + " Geldermalsen,true\r\n",
                "\r\nleefbaarometer,gehaald,,false\r\n",
                "\r\noverlegtafels,perGebied.overlegtafel,Vuren e.o.,true\r\n",
                "\r\noverlegtafels,gehaald,,false\r\n");

        // the gemeente lowers its Leefbaarometer target to 6.5 and clears the overlegtafel one
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("percentageBudgetToegekend", 85,
                        "percentageKernenMetKernagenda", 50, "minimaalRapportcijfer", 7, "minimaleLeefbaarometer", 6.5))
                .put(STREEFCIJFERS).then().statusCode(200).body("minimaleLeefbaarometer", equalTo(6.5f))
                .body("percentageGebiedenMetOverlegtafel", nullValue());
        als(gemeente, "medewerker").get(MonitoringApiTest.MONITORING).then().statusCode(200)
                .body("leefbaarometer.perKern.onderDoel", equalTo(List.of(false, true, false)))
                .body("leefbaarometer.gehaald", equalTo(false))
                .body("overlegtafels.doelPercentageMetOverlegtafel", nullValue())
                .body("overlegtafels.gehaald", nullValue());
    }

    @Test
    void a_mark_with_two_decimals_is_a_bad_request_naming_the_field_and_changes_nothing() {
        String gemeente = nieuweGemeente();

        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("minimaalRapportcijfer", 7.25))
                .put(STREEFCIJFERS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("minimaalRapportcijfer"))
                .body("invalidParams[0].code", equalTo("te-veel-decimalen"));
        String traject = traject(gemeente, "Dorpshuis");
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(Map.of("rapportcijfer", 7.25))
                .put(TRAJECTEN + "/" + traject + "/stappen/evaluatie").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("rapportcijfer"));
        als(gemeente, "medewerker").get(STREEFCIJFERS).then().statusCode(200).header("ETag", "\"0\"")
                .body("minimaalRapportcijfer", equalTo(7.0f));
    }

    private String kern(String gemeente, String naam, String gebied) {
        Map<String, Object> kern = new HashMap<>(kernNieuw(naam));
        kern.put("gebied", gebied);
        return als(gemeente, "beheerder").body(kern).post(KERNEN).then().statusCode(201).extract().path("id");
    }

    private String traject(String gemeente, String onderwerp) {
        return als(gemeente, "medewerker").body(Map.of("onderwerp", onderwerp, "gemeentebreed", true, "kernen", List.of(),
                        "eigenaar", Map.of("naam", "Lotte Bakker"), "kernambtenaren", List.of(), "groot", false))
                .post(TRAJECTEN).then().statusCode(201).extract().path("id");
    }

    private void evaluatie(String gemeente, String onderwerp, double rapportcijfer) {
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("terugkoppeling", "Evaluatiebijeenkomst met de betrokken bewoners", "rapportcijfer", rapportcijfer))
                .put(TRAJECTEN + "/" + traject(gemeente, onderwerp) + "/stappen/evaluatie").then().statusCode(200)
                .body("stappen.evaluatie.rapportcijfer", equalTo((float) rapportcijfer));
    }

    private String leefbaarometer(String gemeente, String kern, String naam, double nulmeting) {
        Map<String, Object> gegevens = new HashMap<>();
        gegevens.put("naam", naam);
        gegevens.put("eenheid", "rapportcijfer");
        gegevens.put("bron", "Leefbaarometer (BZK)");
        gegevens.put("kern", kern);
        gegevens.put("nulmeting", Map.of("waarde", nulmeting, "jaar", VANDAAG.getYear() - 2));
        return als(gemeente, "beheerder").body(gegevens).post(IndicatorenApiTest.INDICATOREN).then().statusCode(201)
                .extract().path("id");
    }
}
