package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The residents' front door (docs/adr/0021): a resident's question from submission to the public
 * status, an idea that becomes an initiative, and the abuse protection: request limit, app key,
 * spam, body size and bad input. Each test acts from addresses of its own (X-Forwarded-For, which
 * the test profile trusts), so their request counts do not meet.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VoordeurApiTest extends ApiTestBasis {

    private static final String OPENBARE_VRAGEN = "/api/v1/openbaar/vragen";
    private static final String OPENBARE_IDEEEN = "/api/v1/openbaar/ideeen";
    private static final String VRAGEN = "/api/v1/vragen";
    private static final String APP_SLEUTEL = "Kernpunt-App-Sleutel";
    private static final AtomicInteger ADRES = new AtomicInteger((int) (System.nanoTime() % 200));

    /** A resident at an address no other request of this run uses. */
    private static String nieuwAdres() {
        int n = ADRES.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private RequestSpecification inwoner(String adres) {
        return anoniem().header("X-Forwarded-For", adres);
    }

    private static Map<String, Object> inzending(String kern, String tekst) {
        Map<String, Object> inzending = new HashMap<>();
        inzending.put("kern", kern);
        inzending.put("tekst", tekst);
        return inzending;
    }

    private Response vragenVan(String gemeente, String kern, String extra) {
        return als(gemeente, "kernambtenaar").get(VRAGEN + "?kern=" + kern + extra);
    }

    @Test
    void a_residents_question_reaches_the_staff_list_and_its_answer_the_public_status() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Voordeurdorp");
        Map<String, Object> vraag = inzending(kern, "Kan de bank bij de kerk terugkomen?\nHij is weg sinds de storm.");
        vraag.put("thema", "Openbare ruimte");
        vraag.put("email", "inwoner@example.nl");

        Response ontvangen = inwoner(nieuwAdres()).body(vraag).post(OPENBARE_VRAGEN);
        ontvangen.then().statusCode(201)
                .body("termijn.dagen", equalTo(7)).body("termijn.soort", equalTo("kalenderdagen"))
                .body("deadline", notNullValue());
        String referentie = ontvangen.path("referentie");
        assertThat(ontvangen.header("Location")).isEqualTo(OPENBARE_VRAGEN + "/" + referentie);

        // in the kernambtenaar's list like any other question, with what the resident chose to give
        Response lijst = vragenVan(gemeente, kern, "");
        lijst.then().statusCode(200).body("resultaten", hasSize(1))
                .body("resultaten[0].referentie", equalTo(referentie))
                .body("resultaten[0].onderwerp", equalTo("Openbare ruimte"))
                .body("resultaten[0].vrager.naam", equalTo("Anonieme inwoner"))
                .body("resultaten[0].vrager.email", equalTo("inwoner@example.nl"))
                .body("resultaten[0].kernambtenaar.naam", equalTo("Fatima Amrani"))
                .body("resultaten[0].deadline", equalTo(ontvangen.path("deadline")));
        String id = lijst.path("resultaten[0].id");
        String audit = als(gemeente, "medewerker").get(VRAGEN + "/" + id + "/audit").then().statusCode(200)
                .body("resultaten[0].actie", equalTo("ontvangen")).body("resultaten[0].door", equalTo("inwoner (openbaar)"))
                .extract().asString();
        assertThat(audit).doesNotContain("inwoner@example.nl");

        Response status = anoniem().get(OPENBARE_VRAGEN + "/" + referentie);
        status.then().statusCode(200).body("status", equalTo("ontvangen")).body("kern", equalTo("Voordeurdorp"))
                .body("deadline", equalTo(ontvangen.path("deadline"))).body("procesantwoord", nullValue())
                .body("termijnGehaald", nullValue());
        assertThat(status.asString()).doesNotContain("example.nl").doesNotContain("Amrani").doesNotContain("bank");
        String etag = status.header("ETag");
        anoniem().header("If-None-Match", etag).get(OPENBARE_VRAGEN + "/" + referentie)
                .then().statusCode(304).header("ETag", etag).header("API-Version", "1.0.0");

        String versie = als(gemeente, "medewerker").get(VRAGEN + "/" + id).header("ETag");
        String morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).toString();
        als(gemeente, "medewerker").header("If-Match", versie)
                .body(Map.of("actie", "procesantwoord", "toelichting", "De bank staat op de lijst van de buitendienst.",
                        "verwachtAntwoordOp", morgen, "behandelaar", Map.of("naam", "Team Openbare Ruimte")))
                .post(VRAGEN + "/" + id + "/statusovergangen").then().statusCode(200);

        anoniem().header("If-None-Match", etag).get(OPENBARE_VRAGEN + "/" + referentie).then().statusCode(200)
                .body("status", equalTo("procesantwoord-gegeven"))
                .body("procesantwoord", equalTo("De bank staat op de lijst van de buitendienst."))
                .body("verwachtAntwoordOp", equalTo(morgen))
                .body("termijnGehaald", equalTo(true))
                .header("ETag", not(equalTo(etag)));

        // an unknown reference is told apart from nothing: same problem as any missing question
        ongeldig().get(OPENBARE_VRAGEN + "/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("vraag-niet-gevonden"));
    }

    @Test
    void a_residents_idea_becomes_an_initiative_with_a_public_status() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ideeendorp");
        Map<String, Object> idee = inzending(kern, "Een moestuin voor de hele straat op het braakliggende veldje.");
        idee.put("naam", "Jan de Boer");
        idee.put("telefoon", "06 1234 5678");

        Response ontvangen = inwoner(nieuwAdres()).body(idee).post(OPENBARE_IDEEEN);
        ontvangen.then().statusCode(201).body("termijn.dagen", equalTo(28));
        String referentie = ontvangen.path("referentie");
        assertThat(ontvangen.header("Location")).isEqualTo("/api/v1/openbaar/initiatieven/" + referentie);

        anoniem().get("/api/v1/openbaar/initiatieven/" + referentie).then().statusCode(200)
                .body("status", equalTo("ingediend")).body("kern", equalTo("Ideeendorp"));
        als(gemeente, "kernambtenaar").get("/api/v1/initiatieven?kern=" + kern).then().statusCode(200)
                .body("resultaten", hasSize(1))
                .body("resultaten[0].titel", equalTo("Een moestuin voor de hele straat op het braakliggende veldje."))
                .body("resultaten[0].betrokkenen[0].naam", equalTo("Jan de Boer"));
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_and_another_client_still_gets_in() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Drukdorp");
        String adres = nieuwAdres();
        // submissions the use case refuses count too (a kern that does not exist): that is what probing
        // looks like; the limit per address is 10
        for (int i = 0; i < 10; i++) {
            ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                    .body(inzending("8d2f7a34-5c1e-4f0a-9b3d-2e6c1a7f9b4" + i, "Een vraag")).post(OPENBARE_VRAGEN)
                    .then().statusCode(400).body("code", equalTo("kern-onbekend"));
        }
        Response teVeel = ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                .body(inzending(kern, "Nog een vraag")).post(OPENBARE_VRAGEN);
        teVeel.then().statusCode(429).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("te-veel-verzoeken")).header("API-Version", "1.0.0");
        assertThat(Integer.parseInt(teVeel.header("Retry-After"))).isBetween(1, 600);
        vragenVan(gemeente, kern, "").then().body("resultaten", hasSize(0));

        inwoner(nieuwAdres()).body(inzending(kern, "Een vraag van een buurman")).post(OPENBARE_VRAGEN)
                .then().statusCode(201);
    }

    @Test
    void a_gemeente_with_an_app_key_takes_submissions_only_with_it_until_it_is_revoked() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Appdorp");
        String andere = nieuweGemeente();
        als(gemeente, "kernambtenaar").body(Map.of("omschrijving", "BurenApp")).post("/api/v1/app-sleutels")
                .then().statusCode(403).body("code", equalTo("rol-ontbreekt"));

        Response uitgegeven = als(gemeente, "beheerder").body(Map.of("omschrijving", "BurenApp"))
                .post("/api/v1/app-sleutels");
        uitgegeven.then().statusCode(201).body("geldig", equalTo(true));
        String sleutel = uitgegeven.path("sleutel");
        String id = uitgegeven.path("id");
        String andermans = als(andere, "beheerder").body(Map.of("omschrijving", "Andere app"))
                .post("/api/v1/app-sleutels").then().statusCode(201).extract().path("sleutel");

        String adres = nieuwAdres();
        inwoner(adres).body(inzending(kern, "Zonder sleutel")).post(OPENBARE_VRAGEN)
                .then().statusCode(403).body("code", equalTo("app-sleutel-ontbreekt"));
        inwoner(adres).header(APP_SLEUTEL, "geraden").body(inzending(kern, "Geraden sleutel")).post(OPENBARE_VRAGEN)
                .then().statusCode(403).body("code", equalTo("app-sleutel-ongeldig"));
        inwoner(adres).header(APP_SLEUTEL, andermans).body(inzending(kern, "Andermans sleutel")).post(OPENBARE_IDEEEN)
                .then().statusCode(403).body("code", equalTo("app-sleutel-ongeldig"));
        vragenVan(gemeente, kern, "").then().body("resultaten", hasSize(0));

        inwoner(adres).header(APP_SLEUTEL, sleutel).body(inzending(kern, "Met sleutel")).post(OPENBARE_VRAGEN)
                .then().statusCode(201);
        String lijst = als(gemeente, "beheerder").get("/api/v1/app-sleutels").then().statusCode(200)
                .body("appSleutels", hasSize(1)).body("appSleutels[0].id", equalTo(id)).extract().asString();
        assertThat(lijst).doesNotContain(sleutel);

        als(andere, "beheerder").delete("/api/v1/app-sleutels/" + id).then().statusCode(404)
                .body("code", equalTo("app-sleutel-niet-gevonden"));
        als(gemeente, "beheerder").delete("/api/v1/app-sleutels/" + id).then().statusCode(204);
        als(gemeente, "beheerder").delete("/api/v1/app-sleutels/" + id).then().statusCode(204);
        inwoner(adres).header(APP_SLEUTEL, sleutel).body(inzending(kern, "Ingetrokken sleutel")).post(OPENBARE_VRAGEN)
                .then().statusCode(201);
        inwoner(adres).body(inzending(kern, "Weer zonder sleutel")).post(OPENBARE_VRAGEN).then().statusCode(201);
        vragenVan(gemeente, kern, "").then().body("resultaten", hasSize(3));
    }

    @Test
    void spam_leaves_the_default_list_and_the_figures_and_marking_it_twice_changes_nothing() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Spamdorp");
        String adres = nieuwAdres();
        inwoner(adres).body(inzending(kern, "Een echte vraag over de speeltuin")).post(OPENBARE_VRAGEN).then().statusCode(201);
        inwoner(adres).body(inzending(kern, "Koop goedkope horloges op example.com")).post(OPENBARE_VRAGEN)
                .then().statusCode(201);
        String spam = vragenVan(gemeente, kern, "").jsonPath().getList("resultaten", Map.class).stream()
                .filter(v -> v.get("tekst").toString().contains("horloges")).map(v -> v.get("id").toString())
                .findFirst().orElseThrow();
        als(gemeente, "medewerker").put(VRAGEN + "/" + spam + "/spam").then().statusCode(403);

        String eerste = als(gemeente, "kernambtenaar").put(VRAGEN + "/" + spam + "/spam").then().statusCode(200)
                .body("spamOp", notNullValue()).extract().path("spamOp");
        als(gemeente, "beheerder").put(VRAGEN + "/" + spam + "/spam").then().statusCode(200).body("spamOp", equalTo(eerste));
        List<String> acties = als(gemeente, "medewerker").get(VRAGEN + "/" + spam + "/audit").jsonPath()
                .getList("resultaten.actie");
        assertThat(acties).containsExactly("ontvangen", "als-spam-gemarkeerd");

        vragenVan(gemeente, kern, "").then().body("resultaten", hasSize(1))
                .body("resultaten[0].tekst", equalTo("Een echte vraag over de speeltuin"));
        vragenVan(gemeente, kern, "&spam=true").then().body("resultaten", hasSize(1)).body("resultaten[0].id", equalTo(spam));
        als(gemeente, "medewerker").get("/api/v1/monitoring?kern=" + kern).then().statusCode(200)
                .body("vragen.ontvangen", equalTo(1));
    }

    @Test
    void an_idea_marked_as_spam_leaves_the_initiative_list_and_the_figures() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Spamideedorp");
        String adres = nieuwAdres();
        inwoner(adres).body(inzending(kern, "Een bankje bij de vijver")).post(OPENBARE_IDEEEN).then().statusCode(201);
        inwoner(adres).body(inzending(kern, "Goedkope zonnepanelen, bel nu")).post(OPENBARE_IDEEEN).then().statusCode(201);
        String lijst = "/api/v1/initiatieven?kern=" + kern;
        String spam = als(gemeente, "kernambtenaar").get(lijst).jsonPath().getList("resultaten", Map.class).stream()
                .filter(i -> i.get("titel").toString().contains("zonnepanelen")).map(i -> i.get("id").toString())
                .findFirst().orElseThrow();
        als(gemeente, "medewerker").put("/api/v1/initiatieven/" + spam + "/spam").then().statusCode(403);

        als(gemeente, "kernambtenaar").put("/api/v1/initiatieven/" + spam + "/spam").then().statusCode(200)
                .body("spamOp", notNullValue());
        als(gemeente, "kernambtenaar").put("/api/v1/initiatieven/" + spam + "/spam").then().statusCode(200);
        assertThat(als(gemeente, "medewerker").get("/api/v1/initiatieven/" + spam + "/audit").jsonPath()
                .getList("resultaten.actie", String.class)).containsExactly("ingediend", "als-spam-gemarkeerd");

        als(gemeente, "kernambtenaar").get(lijst).then().body("resultaten", hasSize(1))
                .body("resultaten[0].titel", equalTo("Een bankje bij de vijver"));
        als(gemeente, "kernambtenaar").get(lijst + "&spam=true").then().body("resultaten", hasSize(1))
                .body("resultaten[0].id", equalTo(spam));
        als(gemeente, "medewerker").get("/api/v1/monitoring?kern=" + kern).then().statusCode(200)
                .body("initiatieven.gestart", equalTo(1));
    }

    @Test
    void bad_input_is_refused_with_a_problem_and_writes_nothing() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Foutdorp");
        String adres = nieuwAdres();

        Response onbekend = ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                .body(inzending("8d2f7a34-5c1e-4f0a-9b3d-2e6c1a7f9b40", "Een vraag")).post(OPENBARE_VRAGEN);
        onbekend.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("kern-onbekend")).body("invalidParams[0].name", equalTo("kern"));

        ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON).body(Map.of("kern", kern))
                .post(OPENBARE_IDEEEN).then().statusCode(400).body("invalidParams.name", org.hamcrest.Matchers.hasItem("tekst"));
        ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                .body("{\"kern\":\"" + kern + "\",\"tekst\":\"nul\\u0000teken\"}").post(OPENBARE_VRAGEN)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                .body(inzending(kern, "x".repeat(5001))).post(OPENBARE_VRAGEN)
                .then().statusCode(400).body("invalidParams.name", org.hamcrest.Matchers.hasItem("tekst"));
        ongeldig().header("X-Forwarded-For", adres).contentType(ContentType.JSON)
                .body(inzending(kern, "x".repeat(17 * 1024))).post(OPENBARE_VRAGEN)
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("verzoek-te-groot"));

        vragenVan(gemeente, kern, "").then().body("resultaten", hasSize(0));
        als(gemeente, "kernambtenaar").get("/api/v1/initiatieven?kern=" + kern).then().body("resultaten", hasSize(0));
    }
}
