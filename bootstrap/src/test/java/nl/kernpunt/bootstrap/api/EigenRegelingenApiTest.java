package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.SubsidiesApiTest.AANVRAGEN;
import static nl.kernpunt.bootstrap.api.SubsidiesApiTest.REGELINGEN;
import static nl.kernpunt.bootstrap.api.SubsidiesApiTest.aanvraag;
import static nl.kernpunt.bootstrap.api.SubsidiesApiTest.regel;
import static nl.kernpunt.bootstrap.api.SubsidiesApiTest.tegelijk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * A gemeente's own grant schemes with yearly allowances per recipient (docs/adr/0029), as Buren's
 * seeds describe them: each signaleringsgroep declares at most 750 EUR a year and the volunteer
 * coordinator has 750 EUR a year [004 D4]; each dorpsbelangenorganisatie 375 EUR [000 §3.2.2]. The
 * groups are those in the kernen's registers [000 §3.2.3].
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class EigenRegelingenApiTest extends ApiTestBasis {

    private static final String MONITORING = "/api/v1/monitoring";

    private static Map<String, Object> toelage(String code, String ontvangersoort, String bedrag) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("naam", "Toelage " + code);
        body.put("budgetsoort", "per-ontvanger-per-jaar");
        body.put("ontvangersoort", ontvangersoort);
        body.put("bedrag", bedrag);
        return body;
    }

    /** A kern whose register has its signaleringsgroep, by name only [000 §3.2.3]. */
    private String kernMetSignaleringsgroep(String gemeente, String naam) {
        Map<String, Object> kern = new HashMap<>(kernNieuw(naam));
        kern.put("communicatiekanalen", List.of(Map.of("type", "signaleringsgroep", "naam", "Signaleringsgroep " + naam)));
        return als(gemeente, "beheerder").body(kern).post(KERNEN).then().statusCode(201).extract().path("id");
    }

    private String initiatiefIn(String gemeente, String kern, String titel) {
        return als(gemeente, "medewerker").body(Map.of(
                        "kern", kern,
                        "titel", titel,
                        "omschrijving", "Declaratie voor het werk van de groep.",
                        "vorm", Map.of("georganiseerd", true, "structureel", true, "rightToChallenge", false),
                        "ondersteuning", List.of("geld"),
                        "betrokkenen", List.of(Map.of("naam", "De groep"))))
                .post(SubsidiesApiTest.INITIATIEVEN).then().statusCode(201).extract().path("id");
    }

    private Response vraagAan(String gemeente, String initiatief, String regeling, Map<String, Object> regel) {
        return als(gemeente, "medewerker").body(aanvraag(initiatief, regeling, regel)).post(AANVRAGEN);
    }

    private Response kenToe(String gemeente, String aanvraag, String bedrag) {
        return als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("bedrag", bedrag))
                .post(AANVRAGEN + "/" + aanvraag + "/toekenning");
    }

    @Test
    void burens_signaleringsgroepen_each_declare_at_most_750_eur_a_year_004_D4() {
        String buren = nieuweGemeente();
        String zoelen = kernMetSignaleringsgroep(buren, "Zoelen");
        String beusichem = nieuweKern(buren, "Beusichem");
        Map<String, Object> groepen = toelage("signaleringsgroepen", "signaleringsgroep", "750.00");
        groepen.put("uitgeslotenKosten", List.of(Map.of("kostensoort", "eten",
                "omschrijving", "de declaratie betaalt materiaal en vervoer, geen consumpties")));

        als(buren, "medewerker").body(groepen).post(REGELINGEN).then().statusCode(403);
        Map<String, Object> zonderOntvanger = new HashMap<>(groepen);
        zonderOntvanger.remove("ontvangersoort");
        als(buren, "beheerder").body(zonderOntvanger).post(REGELINGEN).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("ontvangersoort"));
        als(buren, "beheerder").body(groepen).post(REGELINGEN).then().statusCode(201)
                .header("Location", endsWith("/subsidies/regelingen/signaleringsgroepen")).header("ETag", "\"0\"")
                .body("soort", equalTo("signaleringsgroepen")).body("budgetsoort", equalTo("per-ontvanger-per-jaar"))
                .body("ontvangersoort", equalTo("signaleringsgroep")).body("gearchiveerd", equalTo(false))
                .body("uitgeslotenKosten[0].kostensoort", equalTo("eten"));
        als(buren, "beheerder").body(groepen).post(REGELINGEN).then().statusCode(409)
                .body("code", equalTo("regeling-bestaat-al")).body("invalidParams[0].name", equalTo("code"));
        als(buren, "medewerker").get(REGELINGEN).then().statusCode(200).body("resultaten", hasSize(4))
                .body("resultaten.soort", equalTo(List.of("leefbaarheidsbudget", "straatbijeenkomst",
                        "bijzondere-initiatieven", "signaleringsgroepen")))
                .body("resultaten[1].uitgeslotenKosten.kostensoort", equalTo(List.of("eten", "drinken", "servies", "barbecue")));

        String inZoelen = initiatiefIn(buren, zoelen, "Signaleringsgroep Zoelen: hesjes en zaklampen");
        // Beusichem's register has no signaleringsgroep: nobody to receive the allowance
        vraagAan(buren, initiatiefIn(buren, beusichem, "Hesjes"), "signaleringsgroepen", regel("materiaal", "100.00"))
                .then().statusCode(409).body("code", equalTo("ontvanger-onbekend"));
        vraagAan(buren, inZoelen, "signaleringsgroepen", regel("eten", "40.00")).then().statusCode(409)
                .body("code", equalTo("kostensoort-uitgesloten")).body("invalidParams[0].name", equalTo("begroting"));
        vraagAan(buren, inZoelen, "wijkbudget", regel("materiaal", "40.00")).then().statusCode(400)
                .body("code", equalTo("regeling-onbekend")).body("invalidParams[0].name", equalTo("regeling"));
        String hesjes = vraagAan(buren, inZoelen, "signaleringsgroepen", regel("materiaal", "500.00"))
                .then().statusCode(201).body("regeling", equalTo("signaleringsgroepen")).extract().path("id");
        String zaklampen = vraagAan(buren, inZoelen, "signaleringsgroepen", regel("materiaal", "300.00"))
                .then().statusCode(201).extract().path("id");
        kenToe(buren, hesjes, "500.00").then().statusCode(200).body("status", equalTo("toegekend"));
        kenToe(buren, zaklampen, "300.00").then().statusCode(409).body("code", equalTo("plafond-overschreden"));
        String budget = REGELINGEN + "/signaleringsgroepen/budget";
        als(buren, "medewerker").queryParam("kern", zoelen).get(budget).then().statusCode(200)
                .body("plafond", equalTo("750.00")).body("toegekend", equalTo("500.00")).body("resterend", equalTo("250.00"));
        als(buren, "medewerker").get(budget).then().statusCode(400).body("invalidParams[0].name", equalTo("kern"));
        // available is the allowance times the groups in the registers: one here
        als(buren, "medewerker").get(MONITORING).then().statusCode(200)
                .body("subsidies.perRegeling.find { it.regeling == 'signaleringsgroepen' }.beschikbaar", equalTo("750.00"))
                .body("subsidies.perRegeling.find { it.regeling == 'signaleringsgroepen' }.toegekend", equalTo("500.00"));

        String pad = REGELINGEN + "/signaleringsgroepen";
        als(buren, "beheerder").header("If-Match", "\"0\"").body(Map.of("naam", "Declaraties signaleringsgroepen",
                "bedrag", "800.00")).put(pad).then().statusCode(200).header("ETag", "\"1\"");
        als(buren, "kernambtenaar").header("If-Match", "\"1\"").post(pad + "/archiveer").then().statusCode(403);
        als(buren, "beheerder").post(pad + "/archiveer").then().statusCode(428);
        als(buren, "beheerder").header("If-Match", "\"1\"").post(pad + "/archiveer").then().statusCode(200)
                .header("ETag", "\"2\"").body("gearchiveerd", equalTo(true));
        vraagAan(buren, inZoelen, "signaleringsgroepen", regel("materiaal", "50.00")).then().statusCode(409)
                .body("code", equalTo("regeling-gearchiveerd")).body("invalidParams[0].name", equalTo("regeling"));
        // archived: no new applications, but the decisions on those made and the ledger stay
        kenToe(buren, zaklampen, "300.00").then().statusCode(200);
        als(buren, "medewerker").get(MONITORING).then().statusCode(200)
                .body("subsidies.perRegeling.find { it.regeling == 'signaleringsgroepen' }.toegekend", equalTo("800.00"));
    }

    /**
     * 004 D4: the volunteer coordinator's 750 EUR a year is one pot for the gemeente. Twenty
     * grants of 75 EUR at once: exactly ten fit, and the pot and the grants both sum to 750.00.
     */
    @Test
    void the_volunteer_coordinators_yearly_allowance_holds_under_concurrent_grants() throws InterruptedException {
        String buren = nieuweGemeente();
        List<String> kernen = List.of(nieuweKern(buren, "Buren"), nieuweKern(buren, "Maurik"));
        als(buren, "beheerder").body(toelage("vrijwilligerscoordinator", "vrijwilligerscoordinator", "750.00"))
                .post(REGELINGEN).then().statusCode(201);
        List<String> aanvragen = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            String initiatief = initiatiefIn(buren, kernen.get(n % 2), "Vrijwilligersavond " + n);
            aanvragen.add(vraagAan(buren, initiatief, "vrijwilligerscoordinator", regel("organisatie", "75.00"))
                    .then().statusCode(201).extract().path("id"));
        }

        List<Response> antwoorden = tegelijk(aanvragen.stream().<Callable<Response>>map(id -> () ->
                kenToe(buren, id, "75.00")).toList());

        assertThat(antwoorden.stream().filter(a -> a.statusCode() == 200).count()).isEqualTo(10);
        assertThat(antwoorden).allSatisfy(a -> assertThat(a.statusCode()).isIn(200, 409));
        long toegekend = aanvragen.stream().filter(id -> "toegekend".equals(als(buren, "medewerker")
                .get(AANVRAGEN + "/" + id).then().statusCode(200).extract().path("status"))).count();
        assertThat(toegekend).isEqualTo(10);
        als(buren, "medewerker").get(REGELINGEN + "/vrijwilligerscoordinator/budget").then().statusCode(200)
                .body("plafond", equalTo("750.00")).body("toegekend", equalTo("750.00")).body("resterend", equalTo("0.00"));
        als(buren, "medewerker").get(MONITORING).then().statusCode(200)
                .body("subsidies.perRegeling.find { it.regeling == 'vrijwilligerscoordinator' }.beschikbaar", equalTo("750.00"))
                .body("subsidies.perRegeling.find { it.regeling == 'vrijwilligerscoordinator' }.toegekend", equalTo("750.00"));
    }

    private Response vraagAanVoor(String gemeente, String initiatief, String ontvanger, Map<String, Object> regel) {
        Map<String, Object> body = aanvraag(initiatief, "dorpsbelangen", regel);
        body.put("ontvanger", ontvanger);
        return als(gemeente, "medewerker").body(body).post(AANVRAGEN);
    }

    /**
     * 000 §3.2.2: "jaarlijks ontvangen dorpsbelangenorganisaties een onkostenvergoeding van € 375,-",
     * each organisation: Beusichem has two (Beusichem Leeft and Lingemeer's belangenvereniging), and
     * each gets 375 in one year; a third grant to the same organisation beyond 375 is refused, an
     * organisation its register does not know is refused, and monitoring counts each organisation.
     */
    @Test
    void each_dorpsbelangenorganisatie_has_its_own_375_eur_a_year_also_two_in_one_kern_000_3_2_2() {
        String buren = nieuweGemeente();
        Map<String, Object> beusichemNieuw = new HashMap<>(kernNieuw("Beusichem"));
        beusichemNieuw.put("dorpsbelangenorganisaties", List.of(
                Map.of("naam", "Beusichem Leeft", "convenantStatus", "geen"),
                Map.of("naam", "Belangenvereniging Lingemeer", "convenantDatum", "2019-09-01", "convenantStatus", "afgesloten")));
        String beusichem = als(buren, "beheerder").body(beusichemNieuw).post(KERNEN).then().statusCode(201)
                .extract().path("id");
        String ingen = nieuweKern(buren, "Ingen");
        als(buren, "beheerder").body(toelage("dorpsbelangen", "dorpsbelangenorganisatie", "375.00"))
                .post(REGELINGEN).then().statusCode(201);
        String inBeusichem = initiatiefIn(buren, beusichem, "Jaarvergadering en nieuwsbrief");

        vraagAan(buren, inBeusichem, "dorpsbelangen", regel("huur", "375.00")).then().statusCode(400)
                .body("code", equalTo("verplicht")).body("invalidParams[0].name", equalTo("ontvanger"));
        vraagAanVoor(buren, inBeusichem, "Dorpsbelang Zoelen", regel("huur", "375.00")).then().statusCode(409)
                .body("code", equalTo("ontvanger-onbekend")).body("invalidParams[0].name", equalTo("ontvanger"));
        Map<String, Object> groepMetOntvanger = aanvraag(inBeusichem, "leefbaarheidsbudget", regel("materiaal", "100.00"));
        groepMetOntvanger.put("ontvanger", "Beusichem Leeft");
        als(buren, "medewerker").body(groepMetOntvanger).post(AANVRAGEN).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("ontvanger"));

        String leeft = vraagAanVoor(buren, inBeusichem, "beusichem leeft", regel("huur", "375.00")).then().statusCode(201)
                .body("ontvanger", equalTo("Beusichem Leeft")).extract().path("id");
        String lingemeer = vraagAanVoor(buren, inBeusichem, "Belangenvereniging Lingemeer", regel("communicatie", "375.00"))
                .then().statusCode(201).body("ontvanger", equalTo("Belangenvereniging Lingemeer")).extract().path("id");
        String nogEens = vraagAanVoor(buren, inBeusichem, "Belangenvereniging Lingemeer", regel("communicatie", "50.00"))
                .then().statusCode(201).extract().path("id");
        String inIngen = vraagAanVoor(buren, initiatiefIn(buren, ingen, "Nieuwsbrief Dorpsbelangen"),
                "Stichting Dorpsraad Ingen", regel("communicatie", "375.00")).then().statusCode(201).extract().path("id");

        kenToe(buren, leeft, "375.00").then().statusCode(200);
        kenToe(buren, lingemeer, "375.00").then().statusCode(200);
        kenToe(buren, nogEens, "50.00").then().statusCode(409).body("code", equalTo("plafond-overschreden"));
        kenToe(buren, inIngen, "375.00").then().statusCode(200);
        String budget = REGELINGEN + "/dorpsbelangen/budget";
        als(buren, "medewerker").queryParam("kern", beusichem).queryParam("ontvanger", "BELANGENVERENIGING LINGEMEER")
                .get(budget).then().statusCode(200).body("ontvanger", equalTo("Belangenvereniging Lingemeer"))
                .body("plafond", equalTo("375.00")).body("toegekend", equalTo("375.00")).body("resterend", equalTo("0.00"));
        als(buren, "medewerker").queryParam("kern", beusichem).get(budget).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("ontvanger"));
        // three organisations in scope, each 375; Beusichem alone has two
        als(buren, "medewerker").get(MONITORING).then().statusCode(200)
                .body("subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.beschikbaar", equalTo("1125.00"))
                .body("subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.toegekend", equalTo("1125.00"));
        als(buren, "medewerker").queryParam("kern", beusichem).get(MONITORING).then().statusCode(200)
                .body("subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.beschikbaar", equalTo("750.00"))
                .body("subsidies.perRegeling.find { it.regeling == 'dorpsbelangen' }.toegekend", equalTo("750.00"));
    }
}
