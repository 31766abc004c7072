package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SubsidiesApiTest extends ApiTestBasis {

    static final String REGELINGEN = "/api/v1/subsidies/regelingen";
    static final String AANVRAGEN = "/api/v1/subsidies/aanvragen";
    static final String INITIATIEVEN = "/api/v1/initiatieven";

    private static final List<Map<String, Object>> ALLE_CRITERIA_VOLDAAN = List.of(
            oordeel("effect-op-leefomgeving", true), oordeel("meerdere-bewoners", true),
            oordeel("draagvlak", true), oordeel("toegankelijk", true));

    private static Map<String, Object> oordeel(String criterium, boolean voldoet) {
        return Map.of("criterium", criterium, "voldoet", voldoet, "toelichting", "besproken met de dorpsraad");
    }

    /** A gemeente with a kern and an open initiative in it: {gemeente, kern, initiatief}. */
    private String[] initiatief() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ravenswaaij");
        return new String[] {gemeente, kern, initiatiefIn(gemeente, kern)};
    }

    private String initiatiefIn(String gemeente, String kern) {
        return als(gemeente, "medewerker").body(Map.of(
                        "kern", kern,
                        "titel", "Speeltuin opknappen",
                        "omschrijving", "Bewoners knappen de speeltuin bij de dorpsschool op.",
                        "vorm", Map.of("georganiseerd", true, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("geld"),
                        "betrokkenen", List.of(Map.of("naam", "Sara Peters"))))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> aanvraag(String initiatief, String regeling, Map<String, Object>... regels) {
        Map<String, Object> body = new HashMap<>();
        body.put("initiatiefId", initiatief);
        body.put("regeling", regeling);
        body.put("omschrijving", "Materiaal en een middag samen klussen.");
        body.put("begroting", List.of(regels));
        return body;
    }

    static Map<String, Object> regel(String categorie, String bedrag) {
        return Map.of("omschrijving", "Kosten " + categorie, "categorie", categorie, "bedrag", bedrag);
    }

    private static Map<String, Object> straatfeest(String initiatief, String straat, String activiteit,
                                                   Map<String, Object>... regels) {
        Map<String, Object> body = aanvraag(initiatief, "straatbijeenkomst", regels);
        body.put("bijeenkomst", Map.of("straatOfBuurt", straat, "activiteit", activiteit, "doelgroep", "kinderen",
                "datum", Year.now().getValue() + "-06-21", "openVoorAlleBewoners", true));
        return body;
    }

    private String vraagAan(String gemeente, Map<String, Object> body) {
        return als(gemeente, "medewerker").body(body).post(AANVRAGEN).then().statusCode(201).extract().path("id");
    }

    private Response kenToe(String gemeente, String id, String rol, Map<String, Object> body) {
        return als(gemeente, rol).header("If-Match", etag(gemeente, id)).body(body)
                .post(AANVRAGEN + "/" + id + "/toekenning");
    }

    private Response kenToe(String gemeente, String id, String bedrag) {
        return kenToe(gemeente, id, "kernambtenaar", Map.of("bedrag", bedrag, "criteria", ALLE_CRITERIA_VOLDAAN));
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(AANVRAGEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private Response budget(String gemeente, String regeling, String kern) {
        var verzoek = als(gemeente, "medewerker");
        if (kern != null) {
            verzoek = verzoek.queryParam("kern", kern);
        }
        return verzoek.get(REGELINGEN + "/" + regeling + "/budget");
    }

    @Test
    void every_gemeente_starts_with_burens_three_schemes_and_only_a_beheerder_changes_them_with_if_match() {
        String gemeente = nieuweGemeente();

        als(gemeente, "medewerker").get(REGELINGEN).then().statusCode(200)
                .body("resultaten.soort", equalTo(List.of("leefbaarheidsbudget", "straatbijeenkomst",
                        "bijzondere-initiatieven")))
                .body("resultaten.bedrag", equalTo(List.of("2000.00", "100.00", "5000.00")))
                .body("resultaten.budgetsoort", equalTo(List.of("per-kern-per-jaar", "vast-bedrag",
                        "per-gemeente-per-jaar")));
        String pad = REGELINGEN + "/leefbaarheidsbudget";
        Map<String, Object> wijziging = Map.of("naam", "Leefbaarheidsbudget kernen", "bedrag", "2500.00");

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(wijziging).put(pad).then().statusCode(403);
        als(gemeente, "beheerder").body(wijziging).put(pad).then().statusCode(428);
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(wijziging).put(pad).then().statusCode(200)
                .header("ETag", "\"1\"").body("bedrag", equalTo("2500.00"));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(wijziging).put(pad).then().statusCode(412);
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder"))
                .contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("naam", "Leefbaarheidsbudget", "bedrag", "12,50")).put(pad).then().statusCode(400);
    }

    @Test
    void a_leefbaarheidsbudget_grant_needs_all_criteria_met_stays_within_what_was_asked_and_the_kerns_cap() {
        String[] i = initiatief();
        Response aangemaakt = als(i[0], "medewerker")
                .body(aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "1200.00"), regel("huur", "300.00")))
                .post(AANVRAGEN);
        aangemaakt.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", startsWith("/api/v1/subsidies/aanvragen/"))
                .body("aangevraagd", equalTo("1500.00")).body("status", equalTo("ingediend"))
                .body("kern", equalTo(i[1]));
        String eerste = aangemaakt.path("id");

        kenToe(i[0], eerste, "kernambtenaar", Map.of("bedrag", "1500.00")).then().statusCode(409)
                .body("code", equalTo("criteria-onvolledig"));
        kenToe(i[0], eerste, "kernambtenaar", Map.of("bedrag", "1500.00", "criteria", List.of(
                oordeel("effect-op-leefomgeving", true), oordeel("meerdere-bewoners", true),
                oordeel("draagvlak", false), oordeel("toegankelijk", true)))).then().statusCode(409)
                .body("code", equalTo("criteria-niet-voldaan"));
        kenToe(i[0], eerste, "1500.01").then().statusCode(409).body("code", equalTo("bedrag-boven-aangevraagd"));
        kenToe(i[0], eerste, "medewerker", Map.of("bedrag", "1500.00", "criteria", ALLE_CRITERIA_VOLDAAN))
                .then().statusCode(403);
        kenToe(i[0], eerste, "1500.00").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("toegekend")).body("toegekendBedrag", equalTo("1500.00"))
                .body("criteria", hasSize(4));
        budget(i[0], "leefbaarheidsbudget", i[1]).then().statusCode(200)
                .body("plafond", equalTo("2000.00")).body("toegekend", equalTo("1500.00"))
                .body("resterend", equalTo("500.00")).body("jaar", equalTo(Year.now().getValue()));

        String tweede = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "600.00")));
        kenToe(i[0], tweede, "500.01").then().statusCode(409).body("code", equalTo("plafond-overschreden"));
        kenToe(i[0], tweede, "500.00").then().statusCode(200);
        budget(i[0], "leefbaarheidsbudget", i[1]).then().body("resterend", equalTo("0.00"));
        // another kern of the gemeente has its own pot
        budget(i[0], "leefbaarheidsbudget", nieuweKern(i[0], "Ingen")).then().body("resterend", equalTo("2000.00"));
        budget(i[0], "leefbaarheidsbudget", null).then().statusCode(400).body("code", equalTo("verplicht"));
    }

    @Test
    void a_grant_is_paid_once_and_a_decided_application_cannot_be_decided_again() {
        String[] i = initiatief();
        String id = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "400.00")));
        kenToe(i[0], id, "350.00").then().statusCode(200);

        kenToe(i[0], id, "350.00").then().statusCode(409).body("code", equalTo("aanvraag-ongeldige-overgang"));
        als(i[0], "kernambtenaar").post(AANVRAGEN + "/" + id + "/uitbetaling").then().statusCode(428);
        als(i[0], "kernambtenaar").header("If-Match", etag(i[0], id)).post(AANVRAGEN + "/" + id + "/uitbetaling")
                .then().statusCode(200).body("status", equalTo("uitbetaald")).body("uitbetaaldDoor", equalTo("Testgebruiker"));
        als(i[0], "kernambtenaar").header("If-Match", etag(i[0], id)).post(AANVRAGEN + "/" + id + "/uitbetaling")
                .then().statusCode(409).body("code", equalTo("aanvraag-ongeldige-overgang"));
    }

    @Test
    void a_refusal_needs_a_motivation_and_every_change_shows_in_the_initiatives_audit_trail() {
        String[] i = initiatief();
        String geweigerd = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("overig", "900.00")));
        String toegekend = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "200.00")));
        String pad = AANVRAGEN + "/" + geweigerd + "/afwijzing";

        als(i[0], "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("motivering", " ")).post(pad)
                .then().statusCode(409).body("code", equalTo("afwijzing-zonder-motivering"));
        als(i[0], "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("motivering", "Alleen bedoeld voor de eigen vereniging.",
                        "criteria", List.of(oordeel("toegankelijk", false))))
                .post(pad).then().statusCode(200).body("status", equalTo("afgewezen"))
                .body("motivering", equalTo("Alleen bedoeld voor de eigen vereniging."));
        kenToe(i[0], toegekend, "200.00").then().statusCode(200);

        als(i[0], "medewerker").queryParam("initiatiefId", i[2]).get(AANVRAGEN).then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(geweigerd, toegekend)));
        als(i[0], "medewerker").get(INITIATIEVEN + "/" + i[2] + "/audit").then().statusCode(200)
                .body("resultaten.actie", hasItems("ingediend", "subsidie-aangevraagd", "subsidie-afgewezen",
                        "subsidie-toegekend"))
                .body("resultaten.find { it.actie == 'subsidie-toegekend' }.gegevens.aanvraag", equalTo(toegekend))
                .body("resultaten.find { it.actie == 'subsidie-toegekend' }.gegevens.bedrag", equalTo("200.00"));
    }

    @Test
    void a_street_event_pays_no_food_or_drink_is_open_to_all_and_gets_one_contribution_per_street_and_activity_a_year() {
        String[] i = initiatief();
        als(i[0], "medewerker").body(straatfeest(i[2], "Dorpsstraat", "Buitenspeeldag", regel("geluid", "60.00"),
                regel("barbecue", "40.00"))).post(AANVRAGEN).then().statusCode(409)
                .body("code", equalTo("kostensoort-uitgesloten"));
        Map<String, Object> besloten = straatfeest(i[2], "Dorpsstraat", "Buitenspeeldag", regel("spellen", "80.00"));
        besloten.put("bijeenkomst", Map.of("straatOfBuurt", "Dorpsstraat", "activiteit", "Buitenspeeldag",
                "doelgroep", "kinderen", "datum", "2026-06-21", "openVoorAlleBewoners", false));
        als(i[0], "medewerker").body(besloten).post(AANVRAGEN).then().statusCode(409)
                .body("code", equalTo("bijeenkomst-niet-openbaar"));

        String eerste = vraagAan(i[0], straatfeest(i[2], "Dorpsstraat", "Buitenspeeldag", regel("spellen", "150.00")));
        kenToe(i[0], eerste, "kernambtenaar", Map.of("bedrag", "100.01")).then().statusCode(409)
                .body("code", equalTo("bedrag-boven-regeling"));
        kenToe(i[0], eerste, "kernambtenaar", Map.of("bedrag", "100.00")).then().statusCode(200);

        String zelfdeStraat = vraagAan(i[0], straatfeest(i[2], "dorpsstraat ", "buitenspeeldag", regel("prijzen", "90.00")));
        kenToe(i[0], zelfdeStraat, "kernambtenaar", Map.of("bedrag", "90.00")).then().statusCode(409)
                .body("code", equalTo("bijeenkomst-al-gesubsidieerd"));
        String andereStraat = vraagAan(i[0], straatfeest(i[2], "Kerkstraat", "Buitenspeeldag", regel("prijzen", "90.00")));
        kenToe(i[0], andereStraat, "kernambtenaar", Map.of("bedrag", "90.00")).then().statusCode(200);
        budget(i[0], "straatbijeenkomst", null).then().statusCode(200).body("toegekend", equalTo("190.00"))
                .body("$", not(hasKey("plafond")));
    }

    /**
     * Buren's street contribution (000, 004 D): once a year per activity or target group in a street.
     * Many villages have a Kerkstraat (issue #13 item 2): the street of another kern is another street.
     */
    @Test
    void seed_000_004_the_street_contribution_is_once_a_year_per_street_of_a_kern_not_of_the_gemeente() {
        String[] i = initiatief();
        String andereKern = nieuweKern(i[0], "Erichem");
        String daar = initiatiefIn(i[0], andereKern);
        kenToe(i[0], vraagAan(i[0], straatfeest(i[2], "Kerkstraat", "Buitenspeeldag", regel("spellen", "100.00"))),
                "kernambtenaar", Map.of("bedrag", "100.00")).then().statusCode(200);

        kenToe(i[0], vraagAan(i[0], straatfeest(daar, "Kerkstraat", "Buitenspeeldag", regel("spellen", "100.00"))),
                "kernambtenaar", Map.of("bedrag", "100.00")).then().statusCode(200);
        kenToe(i[0], vraagAan(i[0], straatfeest(i[2], "Kerkstraat", "Buitenspeeldag", regel("prijzen", "50.00"))),
                "kernambtenaar", Map.of("bedrag", "50.00")).then().statusCode(409)
                .body("code", equalTo("bijeenkomst-al-gesubsidieerd"));
    }

    /** Issue #13 item 3: a street event next January is next year's contribution, whatever today is. */
    @Test
    void a_street_events_budget_year_follows_its_date_and_another_year_is_a_bad_request() {
        String[] i = initiatief();
        int volgendJaar = Year.now().getValue() + 1;
        Map<String, Object> nieuwjaar = straatfeest(i[2], "Kerkstraat", "Nieuwjaarsborrel", regel("spellen", "80.00"));
        nieuwjaar.put("bijeenkomst", Map.of("straatOfBuurt", "Kerkstraat", "activiteit", "Nieuwjaarsborrel",
                "doelgroep", "alle bewoners", "datum", volgendJaar + "-01-09", "openVoorAlleBewoners", true));

        nieuwjaar.put("jaar", volgendJaar - 1);
        als(i[0], "medewerker").body(nieuwjaar).post(AANVRAGEN).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("jaar"))
                .body("invalidParams[0].code", equalTo("ander-jaar-dan-bijeenkomst"));
        nieuwjaar.remove("jaar");
        String id = vraagAan(i[0], nieuwjaar);
        als(i[0], "medewerker").get(AANVRAGEN + "/" + id).then().statusCode(200).body("jaar", equalTo(volgendJaar));
    }

    /** The advisory lock on the street makes simultaneous grants for one street event wait for each other. */
    @Test
    void of_simultaneous_grants_for_the_same_street_and_activity_only_one_succeeds() throws Exception {
        String[] i = initiatief();
        int aantal = 8;
        List<String> aanvragen = new ArrayList<>();
        for (int n = 0; n < aantal; n++) {
            aanvragen.add(vraagAan(i[0], straatfeest(i[2], "Molenweg", "Straatspeeldag", regel("spellen", "100.00"))));
        }
        List<Integer> statussen = tegelijk(aanvragen.stream().<Callable<Response>>map(id -> () ->
                als(i[0], "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("bedrag", "100.00"))
                        .post(AANVRAGEN + "/" + id + "/toekenning")).toList()).stream().map(Response::statusCode).toList();

        assertThat(statussen).containsOnly(200, 409);
        assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
        budget(i[0], "straatbijeenkomst", null).then().body("toegekend", equalTo("100.00"));
    }

    /**
     * The monitoring section: per scheme available (cap x kernen), granted and paid, also in the CSV;
     * money as the exact text the ledger uses (issue #13 item 12), not as a JSON number.
     */
    @Test
    void monitoring_shows_per_scheme_what_was_available_granted_and_paid_this_half_year() {
        String[] i = initiatief();
        String leefbaarheid = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "1500.00")));
        kenToe(i[0], leefbaarheid, "1500.00").then().statusCode(200);
        als(i[0], "kernambtenaar").header("If-Match", etag(i[0], leefbaarheid))
                .post(AANVRAGEN + "/" + leefbaarheid + "/uitbetaling").then().statusCode(200);
        String feest = vraagAan(i[0], straatfeest(i[2], "Dorpsstraat", "Buitenspeeldag", regel("spellen", "100.00")));
        kenToe(i[0], feest, "kernambtenaar", Map.of("bedrag", "100.00")).then().statusCode(200);

        als(i[0], "medewerker").get("/api/v1/monitoring").then().statusCode(200)
                .body("subsidies.perRegeling.regeling", equalTo(List.of("leefbaarheidsbudget", "straatbijeenkomst",
                        "bijzondere-initiatieven")))
                .body("subsidies.perRegeling[0].beschikbaar", equalTo("2000.00"))
                .body("subsidies.perRegeling[0].toegekend", equalTo("1500.00"))
                .body("subsidies.perRegeling[2].toegekend", equalTo("0.00"));
        String csv = als(i[0], "medewerker").accept("text/csv").get("/api/v1/monitoring").then().statusCode(200)
                .extract().asString();

        assertThat(csv).contains("subsidies,perRegeling.beschikbaar,leefbaarheidsbudget,2000.00\r\n",
                "subsidies,perRegeling.toegekend,leefbaarheidsbudget,1500.00\r\n",
                "subsidies,perRegeling.uitbetaald,leefbaarheidsbudget,1500.00\r\n",
                "subsidies,perRegeling.percentageToegekend,leefbaarheidsbudget,75.0\r\n",
                "subsidies,perRegeling.beschikbaar,straatbijeenkomst,\r\n",
                "subsidies,perRegeling.toegekend,straatbijeenkomst,100.00\r\n",
                "subsidies,perRegeling.beschikbaar,bijzondere-initiatieven,5000.00\r\n",
                "subsidies,perRegeling.toegekend,bijzondere-initiatieven,0.00\r\n");
    }

    /**
     * Issue #13 item 1, as a kernambtenaar reads the ledger (000, 004 D: 2,000 per kern per year):
     * 2,000 granted from this year's pot and 1,500 from next year's show as 100 % of this year and
     * 75 % of next year, each equal to the pot's own figure, not 175 % and 0 %.
     */
    @Test
    void seed_000_004_monitoring_counts_each_grant_in_its_budget_year_as_the_ledger_does() {
        String[] i = initiatief();
        int ditJaar = Year.now().getValue();
        kenToe(i[0], vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "2000.00"))), "2000.00")
                .then().statusCode(200);
        Map<String, Object> volgendJaar = aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "1500.00"));
        volgendJaar.put("jaar", ditJaar + 1);
        kenToe(i[0], vraagAan(i[0], volgendJaar), "1500.00").then().statusCode(200);

        for (int jaar : new int[] {ditJaar, ditJaar + 1}) {
            String toegekend = jaar == ditJaar ? "2000.00" : "1500.00";
            als(i[0], "medewerker").queryParam("kern", i[1]).queryParam("van", jaar + "-01-01")
                    .queryParam("tot", (jaar + 1) + "-01-01").get("/api/v1/monitoring").then().statusCode(200)
                    .body("subsidies.perRegeling[0].regeling", equalTo("leefbaarheidsbudget"))
                    .body("subsidies.perRegeling[0].beschikbaar", equalTo("2000.00"))
                    .body("subsidies.perRegeling[0].toegekend", equalTo(toegekend))
                    .body("subsidies.perRegeling[0].percentageToegekend", equalTo(jaar == ditJaar ? 100.0f : 75.0f));
            als(i[0], "medewerker").queryParam("kern", i[1]).queryParam("jaar", jaar)
                    .get(REGELINGEN + "/leefbaarheidsbudget/budget").then().statusCode(200)
                    .body("toegekend", equalTo(toegekend));
        }
    }

    @Test
    void an_unknown_scheme_in_the_path_is_a_bad_request() {
        String gemeente = nieuweGemeente();

        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "medewerker"))
                .get(REGELINGEN + "/subsidiepot").then().statusCode(400);
    }

    @Test
    void bijzondere_initiatieven_are_decided_by_the_college_recorded_only_by_a_beheerder_within_the_gemeentes_cap() {
        String[] i = initiatief();
        String andereKern = initiatiefIn(i[0], nieuweKern(i[0], "Zoelen"));
        String eerste = vraagAan(i[0], aanvraag(i[2], "bijzondere-initiatieven", regel("huur", "3000.00")));
        String tweede = vraagAan(i[0], aanvraag(andereKern, "bijzondere-initiatieven", regel("huur", "2500.00")));
        Map<String, Object> besluit = Map.of("kenmerk", "B&W 2026-114", "datum", "2026-03-10");

        kenToe(i[0], eerste, "kernambtenaar", Map.of("bedrag", "3000.00", "collegebesluit", besluit))
                .then().statusCode(403);
        kenToe(i[0], eerste, "beheerder", Map.of("bedrag", "3000.00")).then().statusCode(409)
                .body("code", equalTo("collegebesluit-ontbreekt"));
        kenToe(i[0], eerste, "beheerder", Map.of("bedrag", "3000.00", "collegebesluit", besluit)).then()
                .statusCode(200).body("collegebesluit.kenmerk", equalTo("B&W 2026-114"));
        kenToe(i[0], tweede, "beheerder", Map.of("bedrag", "2500.00", "collegebesluit", besluit)).then()
                .statusCode(409).body("code", equalTo("plafond-overschreden"));
        kenToe(i[0], tweede, "beheerder", Map.of("bedrag", "2000.00", "collegebesluit", besluit)).then()
                .statusCode(200);
        budget(i[0], "bijzondere-initiatieven", null).then().body("resterend", equalTo("0.00"));
    }

    @Test
    void applications_are_staff_only_other_gemeenten_get_404_and_an_initiative_elsewhere_is_invalid_input() {
        String[] i = initiatief();
        String id = vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "100.00")));
        String andere = nieuweGemeente();

        als(andere, "beheerder").get(AANVRAGEN + "/" + id).then().statusCode(404)
                .body("code", equalTo("subsidieaanvraag-niet-gevonden"));
        als(andere, "beheerder").queryParam("initiatiefId", i[2]).get(AANVRAGEN).then().statusCode(404);
        als(andere, "beheerder").header("If-Match", "\"0\"").body(Map.of("bedrag", "100.00"))
                .post(AANVRAGEN + "/" + id + "/toekenning").then().statusCode(404);
        ongeldig().get(AANVRAGEN + "/" + id).then().statusCode(401);
        als(andere, "medewerker").body(aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "100.00")))
                .post(AANVRAGEN).then().statusCode(400).body("code", equalTo("initiatief-onbekend"));
    }

    @Test
    void a_repeated_create_with_the_same_idempotency_key_returns_the_first_application() {
        String[] i = initiatief();
        Map<String, Object> body = aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "100.00"));

        String eerste = als(i[0], "medewerker").header("Idempotency-Key", "aanvraag-1").body(body).post(AANVRAGEN)
                .then().statusCode(201).extract().path("id");
        als(i[0], "medewerker").header("Idempotency-Key", "aanvraag-1").body(body).post(AANVRAGEN)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(eerste));
        als(i[0], "medewerker").queryParam("initiatiefId", i[2]).get(AANVRAGEN).then().body("resultaten", hasSize(1));
    }

    /**
     * The cap holds under real concurrency: many grants of 100 EUR fired at once against one kern's
     * 2000 EUR leefbaarheidsbudget; exactly as many succeed as fit and the sum never passes the cap.
     */
    @Test
    void of_many_simultaneous_grants_exactly_as_many_succeed_as_fit_under_the_cap() throws Exception {
        String[] i = initiatief();
        int aantal = 40;
        List<String> aanvragen = new ArrayList<>();
        for (int n = 0; n < aantal; n++) {
            aanvragen.add(vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "100.00"))));
        }
        List<Response> antwoorden = tegelijk(aanvragen.stream().<Callable<Response>>map(id -> () ->
                als(i[0], "kernambtenaar").header("If-Match", "\"0\"")
                        .body(Map.of("bedrag", "100.00", "criteria", ALLE_CRITERIA_VOLDAAN))
                        .post(AANVRAGEN + "/" + id + "/toekenning")).toList());
        long toegekend = antwoorden.stream().filter(a -> a.statusCode() == 200).count();
        long geweigerd = antwoorden.stream()
                .filter(a -> a.statusCode() == 409 && "plafond-overschreden".equals(a.path("code"))).count();
        String som = budget(i[0], "leefbaarheidsbudget", i[1]).then().statusCode(200).extract().path("toegekend");
        BigDecimal somVanToekenningen = aanvragen.stream()
                .map(id -> als(i[0], "medewerker").get(AANVRAGEN + "/" + id).then().extract().<String>path("toegekendBedrag"))
                .filter(bedrag -> bedrag != null).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.printf("Plafondtest: %d toekenningen tegelijk afgevuurd, %d toegekend, %d geweigerd "
                + "(plafond-overschreden), som %s EUR bij een plafond van 2000.00 EUR%n", aantal, toegekend, geweigerd, som);

        assertThat(toegekend).isEqualTo(20);
        assertThat(geweigerd).isEqualTo(aantal - 20);
        assertThat(som).isEqualTo("2000.00");
        assertThat(somVanToekenningen).isEqualByComparingTo("2000.00");
    }

    /**
     * Issue 13 item 15, seed 000 ("niet iedere kern is hetzelfde"; Buren's leefbaarheidsbudget is 2,000
     * per kern per year, 004 D): the gemeente gives Ravenswaaij 2,600 of its own. That amount is the
     * kern's cap under concurrency, in its budget and in monitoring; Zoelen keeps the scheme's 2,000.
     */
    @Test
    void seed_000_a_kerns_own_leefbaarheidsbudget_is_its_cap_under_concurrency_in_its_budget_and_in_monitoring()
            throws Exception {
        String[] i = initiatief();
        String zoelen = nieuweKern(i[0], "Zoelen");
        als(i[0], "beheerder").header("If-Match", "\"0\"").body(Map.of("leefbaarheidsbudget", "2600.00"))
                .put(KERNEN + "/" + i[1] + "/maatwerk").then().statusCode(200)
                .body("maatwerk.leefbaarheidsbudget", equalTo("2600.00"));
        List<String> aanvragen = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            aanvragen.add(vraagAan(i[0], aanvraag(i[2], "leefbaarheidsbudget", regel("materiaal", "100.00"))));
        }
        List<Response> antwoorden = tegelijk(aanvragen.stream().<Callable<Response>>map(id -> () ->
                als(i[0], "kernambtenaar").header("If-Match", "\"0\"")
                        .body(Map.of("bedrag", "100.00", "criteria", ALLE_CRITERIA_VOLDAAN))
                        .post(AANVRAGEN + "/" + id + "/toekenning")).toList());

        assertThat(antwoorden.stream().filter(a -> a.statusCode() == 200).count()).isEqualTo(26);
        budget(i[0], "leefbaarheidsbudget", i[1]).then().statusCode(200)
                .body("plafond", equalTo("2600.00")).body("toegekend", equalTo("2600.00")).body("resterend", equalTo("0.00"));
        String inZoelen = vraagAan(i[0], aanvraag(initiatiefIn(i[0], zoelen), "leefbaarheidsbudget",
                regel("materiaal", "2100.00")));
        kenToe(i[0], inZoelen, "2100.00").then().statusCode(409).body("code", equalTo("plafond-overschreden"));
        budget(i[0], "leefbaarheidsbudget", zoelen).then().body("plafond", equalTo("2000.00"));
        als(i[0], "medewerker").get("/api/v1/monitoring").then().statusCode(200)
                .body("subsidies.perRegeling[0].beschikbaar", equalTo("4600.00"))
                .body("subsidies.perRegeling[0].toegekend", equalTo("2600.00"))
                .body("subsidies.perRegeling[0].percentageToegekend", equalTo(56.5f));
        als(i[0], "medewerker").queryParam("kern", i[1]).get("/api/v1/monitoring").then().statusCode(200)
                .body("subsidies.perRegeling[0].beschikbaar", equalTo("2600.00"))
                .body("subsidies.perRegeling[0].percentageToegekend", equalTo(100.0f));
    }

    /** Fires every request at once, one thread each. */
    static List<Response> tegelijk(List<Callable<Response>> verzoeken) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(verzoeken.size());
        try {
            return pool.invokeAll(verzoeken).stream().map(SubsidiesApiTest::uitkomst).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response uitkomst(Future<Response> antwoord) {
        try {
            return antwoord.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
