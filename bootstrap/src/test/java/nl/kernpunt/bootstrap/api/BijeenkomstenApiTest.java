package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BijeenkomstenApiTest extends ApiTestBasis {

    static final String BIJEENKOMSTEN = "/api/v1/bijeenkomsten";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static Map<String, Object> gegevens(LocalDate datum, String... kernen) {
        Map<String, Object> gegevens = new HashMap<>();
        gegevens.put("titel", "Bewonersavond toekomst dorpshuis");
        gegevens.put("soort", "online-koffiemoment");
        gegevens.put("datum", datum.toString());
        gegevens.put("kernen", List.of(kernen));
        gegevens.put("aantalDeelnemers", 48);
        gegevens.put("verslag", "Mevrouw Jansen vroeg naar de openingstijden");
        return gegevens;
    }

    private static Map<String, Object> terugkoppeling(LocalDate datum) {
        return Map.of("datum", datum.toString(), "wijze", "brief aan de deelnemers", "samenvatting", "Het dorpshuis blijft open");
    }

    private String nieuw(String gemeente, LocalDate datum, String kern) {
        return als(gemeente, "medewerker").body(gegevens(datum, kern)).post(BIJEENKOMSTEN)
                .then().statusCode(201).extract().path("id");
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(BIJEENKOMSTEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_recorded_meeting_answers_201_with_its_due_date_the_gemeentes_term_after_the_day() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");

        als(gemeente, "kernambtenaar").body(gegevens(LocalDate.of(2026, 3, 2), kern)).post(BIJEENKOMSTEN)
                .then().statusCode(201)
                .header("Location", startsWith(BIJEENKOMSTEN + "/"))
                .header("ETag", "\"0\"")
                .body("soort", equalTo("online-koffiemoment"))
                .body("kernen", contains(kern))
                .body("terugkoppelingUiterlijk", equalTo("2026-03-16"))
                .body("terugkoppelingVerlopen", equalTo(LocalDate.of(2026, 3, 16).isBefore(VANDAAG)));
    }

    @Test
    void meetings_with_overdue_feedback_are_listable_until_the_feedback_is_recorded() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        String verlopen = nieuw(gemeente, VANDAAG.minusDays(15), kern);
        String binnenTermijn = nieuw(gemeente, VANDAAG.minusDays(14), kern);

        als(gemeente, "medewerker").queryParam("terugkoppelingVerlopen", true).get(BIJEENKOMSTEN)
                .then().statusCode(200).body("resultaten.id", contains(verlopen));
        als(gemeente, "medewerker").get(BIJEENKOMSTEN).then().statusCode(200)
                .body("resultaten.id", contains(verlopen, binnenTermijn));

        als(gemeente, "medewerker").header("If-Match", etag(gemeente, verlopen)).body(terugkoppeling(VANDAAG))
                .put(BIJEENKOMSTEN + "/" + verlopen + "/terugkoppeling")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("terugkoppelingVerlopen", equalTo(false))
                .body("terugkoppeling.tijdig", equalTo(false));

        als(gemeente, "medewerker").queryParam("terugkoppelingVerlopen", true).get(BIJEENKOMSTEN)
                .then().statusCode(200).body("resultaten.id", not(hasItem(verlopen)));
        als(gemeente, "medewerker").get(BIJEENKOMSTEN + "/" + verlopen + "/audit").then().statusCode(200)
                .body("resultaten.actie", contains("vastgelegd", "teruggekoppeld"))
                .body("resultaten[0].gegevens.verslag", equalTo("true"));
    }

    @Test
    void the_list_filters_on_kern_and_period() {
        String gemeente = nieuweGemeente();
        String ingen = nieuweKern(gemeente, "Ingen");
        String zoelen = nieuweKern(gemeente, "Zoelen");
        String maart = nieuw(gemeente, LocalDate.of(2026, 3, 2), ingen);
        String april = nieuw(gemeente, LocalDate.of(2026, 4, 2), zoelen);

        als(gemeente, "medewerker").queryParam("kern", zoelen).get(BIJEENKOMSTEN)
                .then().statusCode(200).body("resultaten.id", contains(april));
        als(gemeente, "medewerker").queryParam("van", "2026-03-01").queryParam("tot", "2026-04-01").get(BIJEENKOMSTEN)
                .then().statusCode(200).body("resultaten.id", contains(maart));
        als(gemeente, "medewerker").queryParam("van", "2026-04-01").queryParam("tot", "2026-03-01").get(BIJEENKOMSTEN)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("tot"));
    }

    @Test
    void meetings_need_a_token_and_another_gemeentes_meeting_is_404() {
        String gemeente = nieuweGemeente();
        String id = nieuw(gemeente, LocalDate.of(2026, 3, 2), nieuweKern(gemeente, "Ingen"));

        ongeldig().get(BIJEENKOMSTEN + "/" + id).then().statusCode(401).body("code", notNullValue());
        String ander = nieuweGemeente();
        als(ander, "beheerder").get(BIJEENKOMSTEN + "/" + id).then().statusCode(404)
                .body("code", equalTo("bijeenkomst-niet-gevonden"));
        als(ander, "beheerder").header("If-Match", "\"0\"").body(terugkoppeling(VANDAAG))
                .put(BIJEENKOMSTEN + "/" + id + "/terugkoppeling").then().statusCode(404);
        als(ander, "beheerder").get(BIJEENKOMSTEN).then().statusCode(200).body("resultaten.id", not(hasItem(id)));
    }

    @Test
    void a_kern_or_initiative_of_another_gemeente_is_refused_with_400_naming_the_field() {
        String gemeente = nieuweGemeente();
        String anderKern = nieuweKern(nieuweGemeente(), "Geldermalsen");

        als(gemeente, "medewerker").body(gegevens(LocalDate.of(2026, 3, 2), anderKern)).post(BIJEENKOMSTEN)
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("kernen"))
                .body("invalidParams[0].code", equalTo("kern-onbekend"));

        Map<String, Object> metInitiatief = gegevens(LocalDate.of(2026, 3, 2), nieuweKern(gemeente, "Ingen"));
        metInitiatief.put("initiatieven", List.of(java.util.UUID.randomUUID().toString()));
        als(gemeente, "medewerker").body(metInitiatief).post(BIJEENKOMSTEN)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("initiatieven"));
    }

    @Test
    void feedback_before_the_meeting_is_400_and_twice_or_before_it_was_held_is_409() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        String gehouden = nieuw(gemeente, VANDAAG.minusDays(3), kern);
        String gepland = nieuw(gemeente, VANDAAG.plusDays(10), kern);
        String pad = BIJEENKOMSTEN + "/" + gehouden + "/terugkoppeling";

        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(terugkoppeling(VANDAAG.minusDays(4))).put(pad)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("datum"))
                .body("invalidParams[0].code", equalTo("voor-bijeenkomst"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(terugkoppeling(VANDAAG)).put(pad)
                .then().statusCode(200).body("terugkoppeling.tijdig", equalTo(true));
        als(gemeente, "medewerker").header("If-Match", "\"1\"").body(terugkoppeling(VANDAAG)).put(pad)
                .then().statusCode(409).body("code", equalTo("terugkoppeling-al-vastgelegd"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(terugkoppeling(VANDAAG))
                .put(BIJEENKOMSTEN + "/" + gepland + "/terugkoppeling")
                .then().statusCode(409).body("code", equalTo("bijeenkomst-nog-niet-gehouden"));
    }

    @Test
    void an_update_needs_if_match_a_stale_one_is_412_and_a_new_day_moves_the_due_date() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        String id = nieuw(gemeente, LocalDate.of(2026, 3, 2), kern);

        als(gemeente, "medewerker").body(gegevens(LocalDate.of(2026, 3, 9), kern)).put(BIJEENKOMSTEN + "/" + id)
                .then().statusCode(428).body("code", equalTo("if-match-vereist"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(gegevens(LocalDate.of(2026, 3, 9), kern))
                .put(BIJEENKOMSTEN + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("terugkoppelingUiterlijk", equalTo("2026-03-23"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(gegevens(LocalDate.of(2026, 3, 10), kern))
                .put(BIJEENKOMSTEN + "/" + id)
                .then().statusCode(412).body("code", equalTo("versie-verouderd"));
    }

    @Test
    void a_repeated_create_with_the_same_idempotency_key_is_replayed() {
        String gemeente = nieuweGemeente();
        Map<String, Object> body = gegevens(LocalDate.of(2026, 3, 2), nieuweKern(gemeente, "Ingen"));

        String eerste = als(gemeente, "medewerker").header("Idempotency-Key", "bk-1").body(body).post(BIJEENKOMSTEN)
                .then().statusCode(201).extract().path("id");
        als(gemeente, "medewerker").header("Idempotency-Key", "bk-1").body(body).post(BIJEENKOMSTEN)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(eerste));
    }
}
