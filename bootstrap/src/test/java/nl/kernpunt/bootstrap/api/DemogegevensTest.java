package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.MetDemogegevens;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** The demo data follows the seeds (issue #13, item 14). */
@QuarkusTest
@TestProfile(MetDemogegevens.class)
@QuarkusTestResource(PostgresTestResource.class)
class DemogegevensTest extends ApiTestBasis {

    private static final String BUREN = "0214";

    /** Seeds 000 and 004: "de vijftien kernen van de gemeente Buren", the pilot and mirror kernen among them (001). */
    @Test
    void buren_has_its_fifteen_kernen() {
        List<String> namen = anoniem().queryParam("gemeente", BUREN).queryParam("pageSize", 100).get(KERNEN)
                .then().statusCode(200).extract().path("resultaten.naam");

        assertThat(namen).hasSize(15).doesNotHaveDuplicates().contains("Ingen", "Ravenswaaij", "Zoelen", "Maurik",
                "Kerk-Avezaath", "Ommeren", "Beusichem", "Zoelmond", "Lienden", "Rijswijk", "Buren")
                .doesNotContain("Lingemeer");
    }

    /** Seed 004, steps of overheidsparticipatie: "Onze rol bepalen" comes before carrying the initiative out. */
    @Test
    @SuppressWarnings("unchecked")
    void no_initiative_is_carried_out_with_its_rol_decided_while_the_step_bepaal_je_rol_is_open() {
        List<Map<String, Object>> inUitvoering = als(BUREN, "medewerker").queryParam("status", "in-uitvoering")
                .get("/api/v1/initiatieven").then().statusCode(200).extract().path("resultaten");

        assertThat(inUitvoering).as("the demo shows an initiative being carried out").isNotEmpty();
        for (Map<String, Object> initiatief : inUitvoering) {
            Map<String, Object> gelezen = als(BUREN, "medewerker").get("/api/v1/initiatieven/" + initiatief.get("id"))
                    .then().statusCode(200).extract().path("$");
            assertThat(gelezen.get("rol")).as("Rol of " + gelezen.get("titel")).isNotNull();
            assertThat((List<Object>) gelezen.get("openStappen")).as("open steps of " + gelezen.get("titel"))
                    .doesNotContain("bepaal-je-rol");
        }
    }

    /** Seed 004 D (the street contribution's rules of play) and 000 §3.2.3 (Zoelen's signaleringsgroep). */
    @Test
    void the_street_contribution_has_its_purpose_test_and_zoelen_its_signaleringsgroep() {
        List<String> criteria = als(BUREN, "medewerker").get("/api/v1/subsidies/regelingen/straatbijeenkomst")
                .then().statusCode(200).extract().path("doeltoets.code");
        assertThat(criteria).containsExactly("gezelliger-veiliger-of-schoner", "versterkt-contact");
        String zoelen = anoniem().queryParam("gemeente", BUREN).queryParam("zoek", "Zoelen").get(KERNEN)
                .then().statusCode(200).extract().path("resultaten[0].id");
        List<String> kanalen = als(BUREN, "medewerker").get(KERNEN + "/" + zoelen).then().statusCode(200)
                .extract().path("communicatiekanalen.type");
        assertThat(kanalen).contains("whatsapp-groep", "signaleringsgroep");
    }

    /** Seed 002's targets in the demo (ADR 28): a Leefbaarometer mark per kern, overlegtafels in three of four areas. */
    @Test
    void buren_shows_each_kerns_leefbaarometer_and_its_overlegtafels_next_to_west_betuwes_targets() {
        var monitoring = als(BUREN, "medewerker").get(MonitoringApiTest.MONITORING).then().statusCode(200);

        assertThat(monitoring.extract().<Integer>path("leefbaarometer.kernenMetScore")).isEqualTo(15);
        assertThat(monitoring.extract().<List<String>>path("leefbaarometer.perKern.findAll { it.onderDoel }.naam"))
                .containsExactly("Ingen", "Ravenswaaij");
        assertThat(monitoring.extract().<List<String>>path("overlegtafels.perGebied.findAll { !it.overlegtafel }.gebied"))
                .containsExactly("Beusichem e.o.");
        assertThat(monitoring.extract().<Boolean>path("overlegtafels.gehaald")).isFalse();
    }

    /**
     * Seed 004 D4 ("elke signaleringsgroep heeft jaarlijks een declaratiebudget van maximaal 750 euro
     * (15 keer)", the coordinator's 750 euro) and 000 §3.2.2 (the dorpsbelangenorganisaties' 375 euro):
     * Buren's own schemes, a signaleringsgroep in every kern's register and two decided declarations.
     */
    @Test
    void buren_has_a_signaleringsgroep_in_each_kern_and_its_three_allowances_per_recipient() {
        List<String> kernen = anoniem().queryParam("gemeente", BUREN).queryParam("pageSize", 100).get(KERNEN)
                .then().statusCode(200).extract().path("resultaten.id");
        for (String kern : kernen) {
            List<String> kanalen = als(BUREN, "medewerker").get(KERNEN + "/" + kern).then().statusCode(200)
                    .extract().path("communicatiekanalen.type");
            assertThat(kanalen).as("register of kern " + kern).containsOnlyOnce("signaleringsgroep");
        }
        List<String> regelingen = als(BUREN, "medewerker").get("/api/v1/subsidies/regelingen").then().statusCode(200)
                .extract().path("resultaten.soort");
        assertThat(regelingen).containsExactly("leefbaarheidsbudget", "straatbijeenkomst", "bijzondere-initiatieven",
                "dorpsbelangen", "signaleringsgroepen", "vrijwilligerscoordinator");

        var monitoring = als(BUREN, "medewerker").get(MonitoringApiTest.MONITORING).then().statusCode(200);
        assertThat(monitoring.extract().<String>path(
                "subsidies.perRegeling.find { it.regeling == 'signaleringsgroepen' }.beschikbaar")).isEqualTo("11250.00");
        assertThat(monitoring.extract().<String>path(
                "subsidies.perRegeling.find { it.regeling == 'signaleringsgroepen' }.toegekend")).isEqualTo("180.00");
        // five dorpsbelangenorganisaties in the registers, each its own 375: Maurik's, Beusichem's two
        // (Beusichem Leeft and Belangenvereniging Lingemeer), Ravenswaaij's and Zoelen's
        assertThat(monitoring.extract().<String>path(
                "subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.beschikbaar")).isEqualTo("1875.00");
        assertThat(monitoring.extract().<String>path(
                "subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.toegekend")).isEqualTo("375.00");
        assertThat(monitoring.extract().<String>path(
                "subsidies.perRegeling.find { it.regeling == 'vrijwilligerscoordinator' }.beschikbaar")).isEqualTo("750.00");
    }
}
