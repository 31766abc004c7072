package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A scheme's purpose test (doeltoets) recorded with the decision, and the kern register's
 * signaleringsgroepen and WhatsApp groups, as Buren's seeds describe them (docs/adr/0027).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class RegelingenApiTest extends ApiTestBasis {

    private static final String REGELINGEN = SubsidiesApiTest.REGELINGEN;
    private static final String AANVRAGEN = SubsidiesApiTest.AANVRAGEN;

    /** 004 D, the street contribution's rules of play: "gezelliger, veiliger of schonere omgeving en versterkt het onderlinge contact". */
    private static final List<Map<String, Object>> STRAAT_DOELTOETS = List.of(
            Map.of("code", "gezelliger-veiliger-of-schoner",
                    "omschrijving", "De activiteit draagt bij aan een gezelliger, veiliger of schonere omgeving"),
            Map.of("code", "versterkt-contact", "omschrijving", "De activiteit versterkt het onderlinge contact"));

    private static Map<String, Object> antwoord(String criterium, boolean voldoet, String toelichting) {
        return Map.of("criterium", criterium, "voldoet", voldoet, "toelichting", toelichting);
    }

    private String straatfeest(String gemeente, String kern, String straat) {
        String initiatief = als(gemeente, "medewerker").body(Map.of(
                        "kern", kern,
                        "titel", "Buitenspeeldag " + straat,
                        "omschrijving", "Bewoners organiseren een buitenspeeldag in de straat.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("geld"),
                        "betrokkenen", List.of(Map.of("naam", "Bewoners " + straat))))
                .post(SubsidiesApiTest.INITIATIEVEN).then().statusCode(201).extract().path("id");
        return als(gemeente, "medewerker").body(Map.of(
                        "initiatiefId", initiatief,
                        "regeling", "straatbijeenkomst",
                        "omschrijving", "Spellen en geluid voor de buitenspeeldag.",
                        "begroting", List.of(Map.of("omschrijving", "Spelmateriaal", "categorie", "spellen",
                                "bedrag", "100.00")),
                        "bijeenkomst", Map.of("straatOfBuurt", straat, "activiteit", "Buitenspeeldag",
                                "doelgroep", "kinderen", "datum", Year.now().getValue() + "-06-10",
                                "openVoorAlleBewoners", true)))
                .post(AANVRAGEN).then().statusCode(201).extract().path("id");
    }

    private Response besluit(String gemeente, String aanvraag, String soort, Map<String, Object> body) {
        String etag = als(gemeente, "medewerker").get(AANVRAGEN + "/" + aanvraag).then().statusCode(200)
                .extract().header("ETag");
        return als(gemeente, "kernambtenaar").header("If-Match", etag).body(body)
                .post(AANVRAGEN + "/" + aanvraag + "/" + soort);
    }

    @Test
    void burens_street_contribution_records_its_purpose_test_with_every_decision_004_D() {
        String buren = nieuweGemeente();
        String zoelmond = nieuweKern(buren, "Zoelmond");
        String pad = REGELINGEN + "/straatbijeenkomst";
        als(buren, "medewerker").get(pad).then().statusCode(200).body("doeltoets", hasSize(0));

        als(buren, "beheerder").header("If-Match", "\"0\"")
                .body(Map.of("naam", "Bijdrage straat-/buurtbijeenkomst", "bedrag", "100.00", "doeltoets", STRAAT_DOELTOETS))
                .put(pad).then().statusCode(200).header("ETag", "\"1\"")
                .body("doeltoets.code", equalTo(List.of("gezelliger-veiliger-of-schoner", "versterkt-contact")));

        String dorpsstraat = straatfeest(buren, zoelmond, "Dorpsstraat");
        // the decision must address every criterion: nothing is granted or written without
        besluit(buren, dorpsstraat, "toekenning", Map.of("bedrag", "100.00")).then().statusCode(400)
                .body("code", equalTo("doeltoets-onvolledig")).body("invalidParams[0].name", equalTo("doeltoets"))
                .body("invalidParams[0].code", equalTo("doeltoets-onvolledig"));
        besluit(buren, dorpsstraat, "toekenning", Map.of("bedrag", "100.00", "doeltoets", List.of(
                antwoord("gezelliger-veiliger-of-schoner", true, "Speelplek op straat"),
                antwoord("versterkt-contact", true, "Hele straat doet mee"),
                antwoord("duurzaam", true, "Herbruikbaar materiaal")))).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("doelcriterium-onbekend"));
        List<Map<String, Object>> contactNietVersterkt = List.of(
                antwoord("gezelliger-veiliger-of-schoner", true, "Een speelplek op straat"),
                antwoord("versterkt-contact", false, "Alleen de kinderen van twee gezinnen doen mee"));
        besluit(buren, dorpsstraat, "toekenning", Map.of("bedrag", "100.00", "doeltoets", contactNietVersterkt))
                .then().statusCode(409).body("code", equalTo("doeltoets-niet-voldaan"));
        als(buren, "medewerker").get(AANVRAGEN + "/" + dorpsstraat).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("ingediend")).body("doeltoets", hasSize(0));
        budget(buren).then().statusCode(200).body("toegekend", equalTo("0.00"));

        // "nee is ook een antwoord, mits goed beargumenteerd" (000): the refusal keeps the answers
        besluit(buren, dorpsstraat, "afwijzing", Map.of("motivering", "Versterkt het onderlinge contact niet.",
                "doeltoets", contactNietVersterkt)).then().statusCode(200).body("status", equalTo("afgewezen"))
                .body("doeltoets.voldoet", equalTo(List.of(true, false)))
                .body("doeltoets[1].toelichting", equalTo("Alleen de kinderen van twee gezinnen doen mee"));

        String kerkstraat = straatfeest(buren, zoelmond, "Kerkstraat");
        besluit(buren, kerkstraat, "toekenning", Map.of("bedrag", "100.00", "doeltoets", List.of(
                antwoord("versterkt-contact", true, "Open voor de hele straat, buren leren elkaar kennen"),
                antwoord("gezelliger-veiliger-of-schoner", true, "De straat is een dag autovrij en speels"))))
                .then().statusCode(200).body("status", equalTo("toegekend"))
                .body("doeltoets.criterium", equalTo(List.of("versterkt-contact", "gezelliger-veiliger-of-schoner")));
        als(buren, "medewerker").get(AANVRAGEN + "/" + kerkstraat).then().statusCode(200)
                .body("doeltoets", hasSize(2)).body("doeltoets[0].voldoet", equalTo(true));
        budget(buren).then().statusCode(200).body("toegekend", equalTo("100.00"));
    }

    @Test
    void a_scheme_without_a_purpose_test_takes_no_answers_and_a_change_replaces_the_test_whole() {
        String gemeente = nieuweGemeente();
        String pad = REGELINGEN + "/straatbijeenkomst";
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String aanvraag = straatfeest(gemeente, zoelen, "Hoge Hof");

        besluit(gemeente, aanvraag, "toekenning", Map.of("bedrag", "100.00", "doeltoets",
                List.of(antwoord("versterkt-contact", true, "Hele straat")))).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("niet-van-toepassing"));
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder"))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("naam", "Straatbijdrage",
                        "bedrag", "100.00", "doeltoets", List.of(Map.of("code", "Versterkt contact", "omschrijving", "x"))))
                .put(pad).then().statusCode(400).body("invalidParams[0].name", startsWith("doeltoets"));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("naam", "Straatbijdrage", "bedrag",
                "100.00", "doeltoets", List.of(STRAAT_DOELTOETS.get(1), STRAAT_DOELTOETS.get(1))))
                .put(pad).then().statusCode(400).body("invalidParams[0].code", equalTo("dubbel"));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("naam", "Straatbijdrage", "bedrag",
                "100.00", "doeltoets", STRAAT_DOELTOETS)).put(pad).then().statusCode(200);
        als(gemeente, "beheerder").header("If-Match", "\"1\"").body(Map.of("naam", "Straatbijdrage", "bedrag", "100.00"))
                .put(pad).then().statusCode(200).body("doeltoets", hasSize(0));
        besluit(gemeente, aanvraag, "toekenning", Map.of("bedrag", "100.00")).then().statusCode(200);
    }

    @Test
    void the_kern_register_holds_signaleringsgroepen_and_whatsapp_groups_by_name_000_3_2_3() {
        String gemeente = nieuweGemeente();
        Map<String, Object> zoelen = new HashMap<>(kernNieuw("Zoelen"));
        zoelen.put("communicatiekanalen", List.of(
                Map.of("type", "signaleringsgroep", "naam", "Signaleringsgroep Zoelen"),
                Map.of("type", "whatsapp-groep", "naam", "WhatsApp-buurtpreventie Zoelen", "bereik", 320)));

        String id = als(gemeente, "beheerder").body(zoelen).post(KERNEN).then().statusCode(201).extract().path("id");

        als(gemeente, "medewerker").get(KERNEN + "/" + id).then().statusCode(200)
                .body("communicatiekanalen.type", equalTo(List.of("signaleringsgroep", "whatsapp-groep")))
                .body("communicatiekanalen[0].naam", equalTo("Signaleringsgroep Zoelen"));
    }

    private Response budget(String gemeente) {
        return als(gemeente, "medewerker").get(REGELINGEN + "/straatbijeenkomst/budget");
    }
}
