package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VragenApiTest extends ApiTestBasis {

    static final String VRAGEN = "/api/v1/vragen";
    private static final Map<String, Object> INWONER = Map.of("naam", "Mevrouw Van Rijn",
            "email", "vanrijn@example.nl", "telefoon", "06 1234 5678");
    private static final Map<String, Object> COLLEGA = Map.of("naam", "Team Openbare Ruimte", "email", "or@buren.nl");

    private static Map<String, Object> vraagNieuw(String kern, Instant ontvangenOp) {
        Map<String, Object> vraag = new HashMap<>(Map.of("kern", kern, "onderwerp", "Afval naast de containers",
                "tekst", "Bij de containers aan de Dorpsstraat staat elke week afval.", "vrager", INWONER));
        if (ontvangenOp != null) {
            vraag.put("ontvangenOp", ontvangenOp.toString());
        }
        return vraag;
    }

    private String vraag(String gemeente, String kern, Instant ontvangenOp) {
        return als(gemeente, "medewerker").body(vraagNieuw(kern, ontvangenOp)).post(VRAGEN)
                .then().statusCode(201).extract().path("id");
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(VRAGEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private Response actie(String gemeente, String rol, String id, Map<String, Object> body) {
        return als(gemeente, rol).header("If-Match", etag(gemeente, id)).body(body)
                .post(VRAGEN + "/" + id + "/statusovergangen");
    }

    private static Instant dagenGeleden(int dagen) {
        return Instant.now().minus(Duration.ofDays(dagen));
    }

    @Test
    void a_registered_question_answers_201_with_its_deadline_and_the_kernambtenaar_as_process_owner() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Eck en Wiel");

        Response aangemaakt = als(gemeente, "medewerker").body(vraagNieuw(kern, Instant.parse("2026-03-27T10:00:00Z")))
                .post(VRAGEN);

        // received at 11:00 winter time; a week later it is 11:00 summer time, 09:00 UTC
        aangemaakt.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("/api/v1/vragen/"))
                .body("status", equalTo("ontvangen"))
                .body("kernambtenaar.naam", equalTo("Fatima Amrani"))
                .body("vrager.naam", equalTo("Mevrouw Van Rijn"))
                .body("termijn.dagen", equalTo(7))
                .body("termijn.soort", equalTo("kalenderdagen"))
                .body("deadline", equalTo("2026-04-03T09:00:00Z"))
                .body("termijnGehaald", equalTo(false))
                .body("verlopen", equalTo(true))
                .body("statushistorie", hasSize(1));
    }

    @Test
    void the_working_day_setting_moves_the_deadline_past_weekends_and_public_holidays() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Buren");
        als(gemeente, "beheerder").get(GEMEENTEN + "/" + gemeente).then()
                .body("instellingen.antwoordtermijnSoort", equalTo("kalenderdagen"));
        Instant kerstavond = Instant.parse("2025-12-24T09:00:00Z");
        String kalender = vraag(gemeente, kern, kerstavond);

        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(Map.of("naam", "Buren", "rsin", "002220647",
                        "instellingen", Map.of("antwoordtermijnDagen", 7, "terugkoppeltermijnDagen", 14,
                                "stilteDrempelDagen", 28, "antwoordtermijnSoort", "werkdagen")))
                .put(GEMEENTEN + "/" + gemeente).then().statusCode(200)
                .body("instellingen.antwoordtermijnSoort", equalTo("werkdagen"));
        String werkdagen = vraag(gemeente, kern, kerstavond);

        als(gemeente, "medewerker").get(VRAGEN + "/" + kalender).then()
                .body("deadline", equalTo("2025-12-31T09:00:00Z"));
        // Christmas, Boxing Day, New Year's Day and two weekends do not count
        als(gemeente, "medewerker").get(VRAGEN + "/" + werkdagen).then()
                .body("termijn.soort", equalTo("werkdagen"))
                .body("deadline", equalTo("2026-01-07T09:00:00Z"));
    }

    @Test
    void the_life_of_a_question_with_a_pause_and_a_procesantwoord_meets_the_term_and_is_audited() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Maurik");
        String id = vraag(gemeente, kern, null);
        String verwacht = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10).toString();

        actie(gemeente, "kernambtenaar", id, Map.of("actie", "doorzetten", "behandelaar", COLLEGA)).then().statusCode(200)
                .body("status", equalTo("doorgezet")).body("behandelaar.naam", equalTo("Team Openbare Ruimte"));
        actie(gemeente, "medewerker", id, Map.of("actie", "wacht-op-inwoner", "toelichting", "welke container?"))
                .then().statusCode(200).body("status", equalTo("wacht-op-inwoner")).body("pauzes", hasSize(1))
                .body("pauzes[0]", not(hasKey("tot")));
        actie(gemeente, "medewerker", id, Map.of("actie", "hervatten")).then().statusCode(200)
                .body("status", equalTo("doorgezet")).body("pauzes[0]", hasKey("tot"));
        actie(gemeente, "medewerker", id, Map.of("actie", "procesantwoord", "toelichting", "we komen kijken",
                "verwachtAntwoordOp", verwacht)).then().statusCode(200)
                .body("status", equalTo("procesantwoord-gegeven"))
                .body("verwachtAntwoordOp", equalTo(verwacht))
                .body("termijnGehaald", equalTo(true));
        actie(gemeente, "medewerker", id, Map.of("actie", "beantwoorden", "toelichting", "extra ophaalronde"))
                .then().statusCode(200).body("status", equalTo("beantwoord")).body("statushistorie", hasSize(6));
        actie(gemeente, "kernambtenaar", id, Map.of("actie", "sluiten", "toelichting", "afgehandeld"))
                .then().statusCode(200).body("status", equalTo("gesloten")).header("ETag", "\"6\"");

        Response audit = als(gemeente, "medewerker").get(VRAGEN + "/" + id + "/audit");
        audit.then().statusCode(200).body("resultaten.actie", equalTo(List.of("ontvangen", "doorzetten",
                "wacht-op-inwoner", "hervatten", "procesantwoord", "beantwoorden", "sluiten")));
        // the asker is personal data: never copied into the trail
        assertThat(audit.asString()).doesNotContain("Van Rijn").doesNotContain("vanrijn@example.nl");
    }

    /**
     * 004 E: "een procesantwoord ... geeft aan dat de vraag bekend is" and who handles it. One that
     * names nobody, on a question not yet handed on, is refused and changes nothing.
     */
    @Test
    void seed_004_a_procesantwoord_names_who_handles_the_question() {
        String gemeente = nieuweGemeente();
        String id = vraag(gemeente, nieuweKern(gemeente, "Zoelen"), null);
        String verwacht = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(10).toString();

        actie(gemeente, "medewerker", id, Map.of("actie", "procesantwoord", "toelichting", "we zoeken het uit",
                "verwachtAntwoordOp", verwacht)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("behandelaar"))
                .body("invalidParams[0].code", equalTo("verplicht"));
        als(gemeente, "medewerker").get(VRAGEN + "/" + id).then().statusCode(200)
                .body("status", equalTo("ontvangen")).body("$", not(hasKey("behandelaar"))).header("ETag", "\"0\"");

        actie(gemeente, "medewerker", id, Map.of("actie", "procesantwoord", "toelichting", "we zoeken het uit",
                "verwachtAntwoordOp", verwacht, "behandelaar", COLLEGA)).then().statusCode(200)
                .body("status", equalTo("procesantwoord-gegeven"))
                .body("behandelaar.naam", equalTo("Team Openbare Ruimte"));
        als(gemeente, "medewerker").get(VRAGEN + "/" + id + "/audit").then().statusCode(200)
                .body("resultaten[1].gegevens.behandelaar", equalTo("Team Openbare Ruimte"));
    }

    @Test
    void illegal_transitions_answer_409_with_a_stable_code_and_missing_content_400() {
        String gemeente = nieuweGemeente();
        String id = vraag(gemeente, nieuweKern(gemeente, "Lienden"), null);

        actie(gemeente, "medewerker", id, Map.of("actie", "hervatten")).then().statusCode(409)
                .body("code", equalTo("vraag-ongeldige-overgang"));
        actie(gemeente, "medewerker", id, Map.of("actie", "beantwoorden")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("toelichting"));
        actie(gemeente, "kernambtenaar", id, Map.of("actie", "doorzetten")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("behandelaar"));
        actie(gemeente, "medewerker", id, Map.of("actie", "procesantwoord", "toelichting", "t",
                "verwachtAntwoordOp", "2020-01-01")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("verwachtAntwoordOp"));
        actie(gemeente, "kernambtenaar", id, Map.of("actie", "sluiten", "toelichting", "dubbel")).then().statusCode(200);
        actie(gemeente, "medewerker", id, Map.of("actie", "beantwoorden", "toelichting", "t")).then().statusCode(409)
                .body("code", equalTo("vraag-ongeldige-overgang"));
        als(gemeente, "medewerker").header("If-Match", etag(gemeente, id))
                .body(Map.of("onderwerp", "o", "tekst", "t", "vrager", INWONER)).put(VRAGEN + "/" + id)
                .then().statusCode(409).body("code", equalTo("vraag-gesloten"));
    }

    @Test
    void handing_on_and_closing_are_for_the_kernambtenaar_or_beheerder() {
        String gemeente = nieuweGemeente();
        String id = vraag(gemeente, nieuweKern(gemeente, "Zoelen"), null);

        actie(gemeente, "medewerker", id, Map.of("actie", "doorzetten", "behandelaar", COLLEGA)).then().statusCode(403)
                .body("code", equalTo("rol-ontbreekt"));
        actie(gemeente, "medewerker", id, Map.of("actie", "sluiten", "toelichting", "x")).then().statusCode(403);
        actie(gemeente, "beheerder", id, Map.of("actie", "doorzetten", "behandelaar", COLLEGA)).then().statusCode(200);
    }

    @Test
    void writes_need_a_fresh_if_match_and_a_retried_registration_is_replayed() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        Map<String, Object> body = vraagNieuw(kern, null);

        Response eerste = als(gemeente, "medewerker").header("Idempotency-Key", "vraag-1").body(body).post(VRAGEN);
        eerste.then().statusCode(201);
        als(gemeente, "medewerker").header("Idempotency-Key", "vraag-1").body(body).post(VRAGEN).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(eerste.path("id")));
        String pad = VRAGEN + "/" + eerste.path("id");
        Map<String, Object> wijziging = Map.of("onderwerp", "Zwerfafval", "tekst", "Afval bij de containers.",
                "vrager", INWONER);

        als(gemeente, "medewerker").body(wijziging).put(pad).then().statusCode(428);
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(wijziging).put(pad).then().statusCode(200)
                .header("ETag", "\"1\"").body("onderwerp", equalTo("Zwerfafval"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(wijziging).put(pad).then().statusCode(412)
                .body("code", equalTo("versie-verouderd"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(Map.of("actie", "hervatten"))
                .post(pad + "/statusovergangen").then().statusCode(412);
    }

    @Test
    void questions_and_their_askers_are_staff_only_other_gemeenten_get_404_and_anonymous_401() {
        String gemeente = nieuweGemeente();
        String id = vraag(gemeente, nieuweKern(gemeente, "Beusichem"), null);
        String pad = VRAGEN + "/" + id;
        String elders = nieuweGemeente();

        als(elders, "beheerder").get(pad).then().statusCode(404).body("code", equalTo("vraag-niet-gevonden"));
        als(elders, "beheerder").get(pad + "/audit").then().statusCode(404);
        als(elders, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("actie", "hervatten"))
                .post(pad + "/statusovergangen").then().statusCode(404);
        ongeldig().get(pad).then().statusCode(401);
        ongeldig().get(VRAGEN).then().statusCode(401);
        Response lijst = als(elders, "beheerder").queryParam("pageSize", 100).get(VRAGEN);
        lijst.then().statusCode(200).body("resultaten.id", not(hasItem(id)));
        assertThat(lijst.asString()).doesNotContain("Van Rijn");
        als(gemeente, "medewerker").body(vraagNieuw(nieuweKern(elders, "Elders"), null)).post(VRAGEN)
                .then().statusCode(400).body("code", equalTo("kern-onbekend"));
    }

    @Test
    void overdue_and_due_lists_per_kern_and_per_person_earliest_deadline_first() {
        String gemeente = nieuweGemeente();
        String maurik = nieuweKern(gemeente, "Maurik");
        String eck = nieuweKern(gemeente, "Eck en Wiel");
        String langVerlopen = vraag(gemeente, maurik, dagenGeleden(12));
        String verlopenInEck = vraag(gemeente, eck, dagenGeleden(9));
        String beantwoord = vraag(gemeente, maurik, dagenGeleden(10));
        actie(gemeente, "medewerker", beantwoord, Map.of("actie", "beantwoorden", "toelichting", "klaar"))
                .then().statusCode(200).body("termijnGehaald", equalTo(false));
        // paused before its deadline: the clock stands still, so it is neither overdue nor due
        String wacht = vraag(gemeente, maurik, dagenGeleden(3));
        actie(gemeente, "medewerker", wacht, Map.of("actie", "wacht-op-inwoner", "toelichting", "foto"))
                .then().statusCode(200);
        String bijnaVerlopen = vraag(gemeente, eck, dagenGeleden(6));
        actie(gemeente, "kernambtenaar", bijnaVerlopen, Map.of("actie", "doorzetten", "behandelaar", COLLEGA))
                .then().statusCode(200);
        String nieuw = vraag(gemeente, maurik, null);

        als(gemeente, "medewerker").queryParam("verlopen", true).get(VRAGEN).then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(langVerlopen, verlopenInEck)))
                .body("resultaten.verlopen", equalTo(List.of(true, true)));
        als(gemeente, "medewerker").queryParam("verlopen", true).queryParam("kern", eck).get(VRAGEN).then()
                .body("resultaten.id", equalTo(List.of(verlopenInEck)));
        als(gemeente, "medewerker").queryParam("binnenDagen", 2).get(VRAGEN).then()
                .body("resultaten.id", equalTo(List.of(bijnaVerlopen)));
        als(gemeente, "medewerker").queryParam("binnenDagen", 7).get(VRAGEN).then()
                .body("resultaten.id", equalTo(List.of(bijnaVerlopen, nieuw)));
        // a name goes in a body, never in the URL
        als(gemeente, "medewerker").body(Map.of("binnenDagen", 7, "persoon", "team openbare ruimte"))
                .post(VRAGEN + "/_zoek").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(bijnaVerlopen)));
        als(gemeente, "medewerker").body(Map.of("verlopen", true, "persoon", "Fatima Amrani", "pageSize", 1))
                .post(VRAGEN + "/_zoek").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(langVerlopen)));
        String cursor = als(gemeente, "medewerker").body(Map.of("verlopen", true, "persoon", "Fatima Amrani",
                "pageSize", 1)).post(VRAGEN + "/_zoek").then().extract().path("volgendeCursor");
        als(gemeente, "medewerker").body(Map.of("verlopen", true, "persoon", "Fatima Amrani", "pageSize", 1,
                        "cursor", cursor))
                .post(VRAGEN + "/_zoek").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(verlopenInEck)));
        ongeldig().contentType("application/json").header("Authorization", "Bearer " + TestTokens.voor(gemeente,
                "medewerker")).body(Map.of("persoon", "")).post(VRAGEN + "/_zoek").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("persoon"));
        ongeldig().header("Authorization", "Bearer " + TestTokens.voor(gemeente, "medewerker"))
                .queryParam("persoon", "Fatima Amrani").get(VRAGEN).then().statusCode(400)
                .body("code", equalTo("onbekende-parameter"));
        als(gemeente, "medewerker").queryParam("status", "wacht-op-inwoner").get(VRAGEN).then()
                .body("resultaten.id", equalTo(List.of(wacht)))
                .body("resultaten[0].termijnGehaald", nullValue());
    }

    @Test
    void the_list_pages_by_receipt_with_a_cursor_bound_to_its_filters() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Rijswijk");
        List<String> ids = List.of(vraag(gemeente, kern, dagenGeleden(3)), vraag(gemeente, kern, dagenGeleden(2)),
                vraag(gemeente, kern, dagenGeleden(1)));

        Response eerste = als(gemeente, "medewerker").queryParam("pageSize", 2).get(VRAGEN);
        eerste.then().statusCode(200).body("resultaten.id", equalTo(ids.subList(0, 2)));
        String cursor = eerste.path("volgendeCursor");
        als(gemeente, "medewerker").queryParam("pageSize", 2).queryParam("cursor", cursor).get(VRAGEN).then()
                .body("resultaten.id", equalTo(ids.subList(2, 3))).body("$", not(hasKey("volgendeCursor")));
        als(gemeente, "medewerker").queryParam("pageSize", 2).queryParam("cursor", cursor).queryParam("kern", kern)
                .get(VRAGEN).then().statusCode(400).body("invalidParams[0].reason", containsString("filters"));
    }
}
