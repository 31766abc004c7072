package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Budget rounds per kern (docs/adr/0022) over real HTTP and a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BegrotingsrondesApiTest extends ApiTestBasis {

    private static final String RONDES = "/api/v1/begrotingsrondes";
    private static final String OPENBAAR = "/api/v1/openbaar/begrotingsrondes";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static Map<String, Object> periode(int vanDagen, int totDagen) {
        return Map.of("van", VANDAAG.plusDays(vanDagen).toString(), "tot", VANDAAG.plusDays(totDagen).toString());
    }

    /** A round whose ideas and votes are both open today. */
    private Response open(String gemeente, String kern, String bedrag, String stemwijze) {
        return open(gemeente, kern, bedrag, stemwijze, periode(0, 2));
    }

    private Response open(String gemeente, String kern, String bedrag, String stemwijze, Map<String, Object> stemmen) {
        return als(gemeente, "kernambtenaar").body(Map.of("kern", kern, "bedrag", bedrag, "stemwijze", stemwijze,
                "ideeenperiode", periode(0, 1), "stemperiode", stemmen)).post(RONDES);
    }

    private String geopend(String gemeente, String kern, String bedrag, String stemwijze) {
        return open(gemeente, kern, bedrag, stemwijze).then().statusCode(201).extract().path("id");
    }

    private Response idee(String ronde, String titel, String kosten) {
        return anoniem().body(Map.of("titel", titel, "omschrijving", titel + " bij het dorpshuis", "kosten", kosten))
                .post(OPENBAAR + "/" + ronde + "/ideeen");
    }

    private String aanvaard(String gemeente, String ronde, String titel, String kosten) {
        String id = idee(ronde, titel, kosten).then().statusCode(201).extract().path("id");
        beoordeel(gemeente, ronde, id, "aanvaard").then().statusCode(200).body("status", equalTo("aanvaard"));
        return id;
    }

    private Response beoordeel(String gemeente, String ronde, String idee, String oordeel) {
        return als(gemeente, "kernambtenaar").body(Map.of("oordeel", oordeel, "motivering", "Besproken met de dorpsraad"))
                .post(RONDES + "/" + ronde + "/ideeen/" + idee + "/beoordeling");
    }

    private List<String> codes(String gemeente, String ronde, int aantal) {
        return als(gemeente, "beheerder").body(Map.of("aantal", aantal)).post(RONDES + "/" + ronde + "/stemcodes")
                .then().statusCode(200).extract().path("codes");
    }

    private Response stem(String ronde, String code, String... ideeen) {
        return anoniem().body(Map.of("stemcode", code, "ideeen", List.of(ideeen))).put(OPENBAAR + "/" + ronde + "/stem");
    }

    private Response openbaar(String ronde) {
        return anoniem().get(OPENBAAR + "/" + ronde);
    }

    private static void geweigerd(Response antwoord, int status, String code) {
        antwoord.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code));
    }

    private String toegekend(String gemeente, String kern) {
        return als(gemeente, "medewerker").queryParam("kern", kern)
                .get("/api/v1/subsidies/regelingen/leefbaarheidsbudget/budget").then().statusCode(200)
                .extract().path("toegekend");
    }

    private List<String> initiatieven(String gemeente, String kern) {
        return als(gemeente, "medewerker").queryParam("kern", kern).get("/api/v1/initiatieven")
                .then().statusCode(200).extract().path("resultaten.titel");
    }

    /**
     * A kernambtenaar opens a round of 1500.00 with knapsack voting; residents send ideas, one too
     * expensive; staff accept three and refuse one; three of five codes vote, one ballot is changed.
     * All three accepted ideas end with 2 votes, so the cheaper go first: jeu de boules (300.00)
     * and bankjes (400.00) are chosen, the speeltuin (1000.00) no longer fits. They become
     * initiatives with 700.00 granted from the kern's leefbaarheidsbudget.
     */
    @Test
    void a_round_from_opening_to_initiatives_with_their_grants() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String ronde = geopend(gemeente, kern, "1500.00", "binnen-bedrag");
        geweigerd(open(gemeente, kern, "600.00", "goedkeuring"), 409, "bedrag-boven-resterend");

        geweigerd(idee(ronde, "Nieuw dorpshuis", "1600.00"), 400, "kosten-boven-rondebedrag");
        String speeltuin = aanvaard(gemeente, ronde, "Speeltuin", "1000.00");
        String bankjes = aanvaard(gemeente, ronde, "Bankjes", "400.00");
        String jeuDeBoules = aanvaard(gemeente, ronde, "Jeu de boules", "300.00");
        String vlaggenmast = idee(ronde, "Vlaggenmast", "200.00").then().statusCode(201).extract().path("id");
        beoordeel(gemeente, ronde, vlaggenmast, "afgewezen").then().statusCode(200)
                .body("motivering", equalTo("Besproken met de dorpsraad"));
        geweigerd(beoordeel(gemeente, ronde, vlaggenmast, "aanvaard"), 409, "idee-al-beoordeeld");

        List<String> codes = codes(gemeente, ronde, 5);
        assertThat(codes).hasSize(5).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"));
        stem(ronde, codes.get(0), speeltuin, bankjes).then().statusCode(200).body("kosten", equalTo("1400.00"));
        geweigerd(stem(ronde, codes.get(1), speeltuin, bankjes, jeuDeBoules), 400, "stem-boven-bedrag");
        stem(ronde, codes.get(1), bankjes, jeuDeBoules).then().statusCode(200);
        stem(ronde, codes.get(2).toLowerCase(), speeltuin).then().statusCode(200);
        stem(ronde, codes.get(2), speeltuin, jeuDeBoules).then().statusCode(200).body("kosten", equalTo("1300.00"));
        geweigerd(stem(ronde, codes.get(3), vlaggenmast), 400, "idee-niet-op-stembiljet");
        geweigerd(stem(ronde, "AAAA-BBBB-CCCC-DDDD", speeltuin), 400, "stemcode-onbekend");
        openbaar(ronde).then().statusCode(200).body("codesUitgegeven", equalTo(5))
                .body("stemmenUitgebracht", equalTo(3)).body("status", equalTo("open"));

        als(gemeente, "kernambtenaar").post(RONDES + "/" + ronde + "/sluiting").then().statusCode(200)
                .body("status", equalTo("gesloten")).body("toegewezen", equalTo("700.00"));
        openbaar(ronde).then().statusCode(200)
                .body("ideeen.titel", equalTo(List.of("Jeu de boules", "Bankjes", "Speeltuin", "Vlaggenmast")))
                .body("ideeen.stemmen", equalTo(Arrays.asList(2, 2, 2, null)))
                .body("ideeen.gekozen", equalTo(Arrays.asList(true, true, false, null)))
                .body("ideeen[3].status", equalTo("afgewezen"));
        assertThat(toegekend(gemeente, kern)).isEqualTo("700.00");
        assertThat(initiatieven(gemeente, kern)).containsExactlyInAnyOrder("Jeu de boules", "Bankjes");

        als(gemeente, "medewerker").queryParam("kern", kern).get("/api/v1/monitoring").then().statusCode(200)
                .body("begrotingsrondes.perKern", hasSize(1))
                .body("begrotingsrondes.perKern[0].rondes", equalTo(1))
                .body("begrotingsrondes.perKern[0].ideeen", equalTo(4))
                .body("begrotingsrondes.perKern[0].codesUitgegeven", equalTo(5))
                .body("begrotingsrondes.perKern[0].stemmenUitgebracht", equalTo(3))
                .body("begrotingsrondes.perKern[0].percentageOpkomst", equalTo(60.0f))
                .body("begrotingsrondes.perKern[0].toegewezen", equalTo("700.00"));

        geweigerd(stem(ronde, codes.get(4), speeltuin), 409, "ronde-gesloten");
        geweigerd(als(gemeente, "beheerder").post(RONDES + "/" + ronde + "/sluiting"), 409, "ronde-gesloten");
        openbaar(ronde).then().body("stemmenUitgebracht", equalTo(3));
    }

    /** 1,000 ballots at once for 500 codes, each code twice with different ideas: each code counts once. */
    @Test
    void a_thousand_simultaneous_ballots_with_five_hundred_codes_count_each_code_once() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        String ronde = geopend(gemeente, kern, "2000.00", "goedkeuring");
        String a = aanvaard(gemeente, ronde, "Speeltoestel", "800.00");
        String b = aanvaard(gemeente, ronde, "Bloembakken", "300.00");
        aanvaard(gemeente, ronde, "Vlaggen", "100.00");
        List<String> codes = codes(gemeente, ronde, 500);
        List<Callable<Integer>> ballots = new ArrayList<>();
        for (String code : codes) {
            ballots.add(() -> stem(ronde, code, a).statusCode());
            ballots.add(() -> stem(ronde, code, b).statusCode());
        }
        Collections.shuffle(ballots);

        List<Integer> statussen = tegelijk(ballots, 64);

        assertThat(statussen).hasSize(1000).containsOnly(200);
        openbaar(ronde).then().body("stemmenUitgebracht", equalTo(500)).body("codesUitgegeven", equalTo(500));
        List<Integer> stemmen = als(gemeente, "beheerder").post(RONDES + "/" + ronde + "/sluiting")
                .then().statusCode(200).extract().path("ideeen.stemmen");
        System.out.printf("Stemtest: 1000 stemmen tegelijk met 500 codes, 500 uitgebracht, per idee %s%n", stemmen);
        assertThat(stemmen.get(0) + stemmen.get(1)).isEqualTo(500);
        assertThat(stemmen.get(2)).isZero();
    }

    @Test
    void a_code_of_another_round_or_another_kern_and_a_vote_outside_the_period_are_refused_and_write_nothing() {
        String gemeente = nieuweGemeente();
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String maurik = nieuweKern(gemeente, "Maurik");
        String ronde = geopend(gemeente, zoelen, "500.00", "goedkeuring");
        String andereRonde = geopend(gemeente, zoelen, "500.00", "goedkeuring");
        String rondeInMaurik = geopend(gemeente, maurik, "500.00", "goedkeuring");
        String idee = aanvaard(gemeente, ronde, "Bankje", "150.00");

        geweigerd(stem(ronde, codes(gemeente, andereRonde, 1).get(0), idee), 400, "stemcode-andere-ronde");
        geweigerd(stem(ronde, codes(gemeente, rondeInMaurik, 1).get(0), idee), 400, "stemcode-andere-kern");
        stem(ronde, "niet-een-code", idee).then().statusCode(400).body("invalidParams[0].name", equalTo("stemcode"))
                .body("invalidParams[0].code", equalTo("stemcode-onbekend"));

        String later = open(gemeente, zoelen, "100.00", "goedkeuring", periode(1, 3)).then().statusCode(201)
                .extract().path("id");
        String laterIdee = aanvaard(gemeente, later, "Vlag", "50.00");
        geweigerd(stem(later, codes(gemeente, later, 1).get(0), laterIdee), 409, "buiten-stemperiode");
        geweigerd(als(gemeente, "beheerder").post(RONDES + "/" + later + "/sluiting"), 409,
                "stemperiode-niet-begonnen");
        for (String r : List.of(ronde, andereRonde, rondeInMaurik, later)) {
            openbaar(r).then().body("stemmenUitgebracht", equalTo(0));
        }
        anoniem().get(OPENBAAR + "/8d2f7a34-5c1e-4f0a-9b3d-2e6c1a7f9b40").then().statusCode(404);
        als(nieuweGemeente(), "beheerder").get(RONDES + "/" + ronde).then().statusCode(404);
        als(gemeente, "medewerker").body(Map.of("aantal", 1)).post(RONDES + "/" + ronde + "/stemcodes")
                .then().statusCode(403);
    }

    /**
     * Someone granted 100.00 of the kern's budget while the round of 2000.00 ran: the round's winner
     * of 2000.00 no longer fits under the cap, so the closing fails as a whole.
     */
    @Test
    void a_closing_that_would_pass_the_cap_fails_and_leaves_everything_as_it_was() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ommeren");
        String ronde = geopend(gemeente, kern, "2000.00", "goedkeuring");
        String idee = aanvaard(gemeente, ronde, "Multifunctioneel veld", "2000.00");
        stem(ronde, codes(gemeente, ronde, 1).get(0), idee).then().statusCode(200);
        kenElders100Toe(gemeente, kern);

        geweigerd(als(gemeente, "kernambtenaar").post(RONDES + "/" + ronde + "/sluiting"), 409,
                "plafond-overschreden");

        openbaar(ronde).then().body("status", equalTo("open")).body("stemmenUitgebracht", equalTo(1));
        assertThat(toegekend(gemeente, kern)).isEqualTo("100.00");
        assertThat(initiatieven(gemeente, kern)).containsExactly("Dorpsfeest");
    }

    private void kenElders100Toe(String gemeente, String kern) {
        String initiatief = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Dorpsfeest",
                        "omschrijving", "Een feest voor het hele dorp.",
                        "vorm", Map.of("georganiseerd", true, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("geld"), "betrokkenen", List.of(Map.of("naam", "Stichting Dorpsfeest"))))
                .post("/api/v1/initiatieven").then().statusCode(201).extract().path("id");
        Map<String, Object> aanvraag = new HashMap<>(Map.of("initiatiefId", initiatief,
                "regeling", "leefbaarheidsbudget", "omschrijving", "Muziek",
                "begroting", List.of(Map.of("omschrijving", "Geluid", "categorie", "geluid", "bedrag", "100.00"))));
        String id = als(gemeente, "medewerker").body(aanvraag).post("/api/v1/subsidies/aanvragen")
                .then().statusCode(201).extract().path("id");
        List<Map<String, Object>> criteria = List.of("effect-op-leefomgeving", "meerdere-bewoners", "draagvlak",
                "toegankelijk").stream().<Map<String, Object>>map(c -> Map.of("criterium", c, "voldoet", true,
                "toelichting", "ja")).toList();
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("bedrag", "100.00", "criteria", criteria))
                .post("/api/v1/subsidies/aanvragen/" + id + "/toekenning").then().statusCode(200);
    }

    private static <T> List<T> tegelijk(List<Callable<T>> verzoeken, int draden) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(draden);
        try {
            return pool.invokeAll(verzoeken).stream().map(BegrotingsrondesApiTest::uitkomst).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T uitkomst(Future<T> antwoord) {
        try {
            return antwoord.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
