package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ParticipatietrajectenApiTest extends ApiTestBasis {

    static final String TRAJECTEN = "/api/v1/participatietrajecten";

    private static Map<String, Object> gegevens(String onderwerp, String kern, boolean groot) {
        Map<String, Object> gegevens = new HashMap<>();
        gegevens.put("onderwerp", onderwerp);
        gegevens.put("gemeentebreed", kern == null);
        gegevens.put("kernen", kern == null ? List.of() : List.of(kern));
        gegevens.put("eigenaar", Map.of("naam", "Lotte Bakker", "email", "l.bakker@buren.nl"));
        gegevens.put("kernambtenaren", List.of(Map.of("naam", "Fatima Amrani")));
        gegevens.put("startDatum", "2026-03-01");
        gegevens.put("eindDatum", "2026-12-01");
        gegevens.put("groot", groot);
        return gegevens;
    }

    private static final Map<String, Object> AFWEGING_JA = Map.of(
            "ruimteVoorParticipatie", "Ontwerp ligt nog open", "geschiktheid", "Direct belang van aanwonenden",
            "doel", "beide", "participatieGewenst", true, "motivering", "Lokale kennis en draagvlak nodig");
    private static final Map<String, Object> BETROKKENEN = Map.of(
            "actoren", List.of(Map.of("naam", "Dorpsbelang Beusichem", "belang", "verkeersveiligheid", "invloed", "groot")),
            "rolGemeenteraad", "Stelt het krediet beschikbaar", "ontbrekendeGroepen", List.of("jongeren"));
    private static final Map<String, Object> NIVEAU_COPRODUCEREN = Map.of(
            "niveau", "coproduceren", "gebruikUitkomst", "Het ontwerp van de kerngroep wordt uitgevoerd", "kaderGeld", "450.000 euro");
    private static final Map<String, Object> COMMUNICATIEPLAN = Map.of(
            "kernboodschappen", List.of("U ontwerpt mee aan uw straat"),
            "mijlpalen", List.of(Map.of("datum", "2026-04-15", "doel", "Startavond", "middelen", "bewonersavond")));
    private static final Map<String, Object> EVALUATIE = Map.of(
            "terugkoppeling", "Brief aan alle deelnemers", "doelenBehaald", "Ja", "lessen", "Eerder jongeren betrekken");

    private String nieuwTraject(String gemeente, String kern, boolean groot) {
        return als(gemeente, "medewerker").body(gegevens("Herinrichting Steenweg", kern, groot)).post(TRAJECTEN)
                .then().statusCode(201).extract().path("id");
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(TRAJECTEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private io.restassured.response.Response stap(String gemeente, String id, String stap, Object body) {
        return als(gemeente, "medewerker").header("If-Match", etag(gemeente, id)).body(body)
                .put(TRAJECTEN + "/" + id + "/stappen/" + stap);
    }

    private io.restassured.response.Response actie(String gemeente, String id, String actie) {
        return als(gemeente, "medewerker").header("If-Match", etag(gemeente, id)).post(TRAJECTEN + "/" + id + "/" + actie);
    }

    @Test
    void the_ladder_is_public_and_lists_five_levels_with_roles_and_schaalverdieping() {
        anoniem().get("/api/v1/participatieladder").then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("niveaus.niveau", contains("informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen"))
                .body("niveaus.rang", contains(1, 2, 3, 4, 5))
                .body("niveaus.schaalverdieping", contains(false, false, false, true, true))
                .body("niveaus[3].rolInwoner", startsWith("gelijkwaardige partner"));
    }

    @Test
    void a_created_traject_answers_201_with_location_and_etag_and_all_six_steps_open() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Beusichem");

        als(gemeente, "medewerker").body(gegevens("Herinrichting Steenweg", kern, false)).post(TRAJECTEN)
                .then().statusCode(201)
                .header("Location", startsWith(TRAJECTEN + "/"))
                .header("ETag", "\"0\"")
                .body("fase", equalTo("voorbereiding"))
                .body("kernen", contains(kern))
                .body("startDatum", equalTo("2026-03-01"))
                .body("openStappen", contains("afweging", "betrokkenen", "niveau", "communicatieplan", "middelen", "evaluatie"));
    }

    @Test
    void trajecten_need_a_token_and_another_gemeente_gets_404() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);

        // without a token the request itself breaks the contract, so only the answer is validated
        ongeldig().get(TRAJECTEN + "/" + id).then().statusCode(401).body("code", org.hamcrest.Matchers.notNullValue());
        als(nieuweGemeente(), "beheerder").get(TRAJECTEN + "/" + id).then().statusCode(404)
                .body("code", equalTo("participatietraject-niet-gevonden"));
        als(nieuweGemeente(), "beheerder").header("If-Match", "\"0\"").body(AFWEGING_JA)
                .put(TRAJECTEN + "/" + id + "/stappen/afweging").then().statusCode(404);
    }

    @Test
    void a_kern_of_another_gemeente_is_refused_with_400() {
        String anderKern = nieuweKern(nieuweGemeente(), "Geldermalsen");

        als(nieuweGemeente(), "medewerker").body(gegevens("Warmteplan", anderKern, false)).post(TRAJECTEN)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("kernen"))
                .body("invalidParams[0].code", equalTo("kern-onbekend"));
    }

    @Test
    void a_no_without_how_residents_are_told_is_refused_with_400() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);
        Map<String, Object> nee = new HashMap<>(AFWEGING_JA);
        nee.put("participatieGewenst", false);

        stap(gemeente, id, "afweging", nee).then().statusCode(400)
                .body("invalidParams[0].code", equalTo("communicatie-bij-nee-verplicht"));
    }

    @Test
    void starting_answers_409_with_a_stable_code_until_step_one_says_yes_and_steps_two_to_four_are_recorded() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, nieuweKern(gemeente, "Beusichem"), false);

        actie(gemeente, id, "start-participatie").then().statusCode(409).body("code", equalTo("afweging-ontbreekt"));
        stap(gemeente, id, "afweging", AFWEGING_JA).then().statusCode(200).header("ETag", "\"1\"")
                .body("stappen.afweging.vastgelegdDoor", equalTo("Testgebruiker"));
        actie(gemeente, id, "start-participatie").then().statusCode(409).body("code", equalTo("stappen-onvolledig"));
        stap(gemeente, id, "betrokkenen", BETROKKENEN).then().statusCode(200);
        stap(gemeente, id, "niveau", NIVEAU_COPRODUCEREN).then().statusCode(200).body("schaalverdieping", equalTo(true));
        stap(gemeente, id, "communicatieplan", COMMUNICATIEPLAN).then().statusCode(200)
                .body("stappen.communicatieplan.mijlpalen[0].datum", equalTo("2026-04-15"));

        actie(gemeente, id, "start-participatie").then().statusCode(200).body("fase", equalTo("participatie"))
                .body("openStappen", contains("middelen", "evaluatie"));
    }

    @Test
    void a_large_traject_answers_409_without_a_startnotitie() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, true);
        stap(gemeente, id, "afweging", AFWEGING_JA).then().statusCode(200);
        stap(gemeente, id, "betrokkenen", BETROKKENEN).then().statusCode(200);
        stap(gemeente, id, "niveau", NIVEAU_COPRODUCEREN).then().statusCode(200);
        stap(gemeente, id, "communicatieplan", COMMUNICATIEPLAN).then().statusCode(200);

        actie(gemeente, id, "start-participatie").then().statusCode(409).body("code", equalTo("startnotitie-ontbreekt"));

        Map<String, Object> metNotitie = gegevens("Herinrichting Steenweg", null, true);
        metNotitie.put("startnotitie", Map.of("datum", "2026-02-12", "raadsbesluit", "Raad stemt in (2026-014)"));
        als(gemeente, "medewerker").header("If-Match", etag(gemeente, id)).body(metNotitie).put(TRAJECTEN + "/" + id)
                .then().statusCode(200).body("startnotitie.datum", equalTo("2026-02-12"));
        actie(gemeente, id, "start-participatie").then().statusCode(200);
    }

    @Test
    void closing_answers_409_until_feedback_and_evaluation_are_recorded() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);
        stap(gemeente, id, "afweging", AFWEGING_JA);
        stap(gemeente, id, "betrokkenen", BETROKKENEN);
        stap(gemeente, id, "niveau", NIVEAU_COPRODUCEREN);
        stap(gemeente, id, "communicatieplan", COMMUNICATIEPLAN);
        actie(gemeente, id, "start-participatie").then().statusCode(200);

        actie(gemeente, id, "afsluiten").then().statusCode(409).body("code", equalTo("terugkoppeling-ontbreekt"));
        stap(gemeente, id, "evaluatie", Map.of("terugkoppeling", "Brief aan deelnemers")).then().statusCode(200);
        actie(gemeente, id, "afsluiten").then().statusCode(409).body("code", equalTo("evaluatie-ontbreekt"));
        stap(gemeente, id, "evaluatie", EVALUATIE).then().statusCode(200);

        actie(gemeente, id, "afsluiten").then().statusCode(200).body("fase", equalTo("afgerond"));
    }

    @Test
    void a_level_change_needs_a_reason_and_is_kept_in_the_history_and_the_audit_trail() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);
        Map<String, Object> raadplegen = new HashMap<>(NIVEAU_COPRODUCEREN);
        raadplegen.put("niveau", "raadplegen");
        stap(gemeente, id, "niveau", raadplegen).then().statusCode(200).body("schaalverdieping", equalTo(false));

        stap(gemeente, id, "niveau", NIVEAU_COPRODUCEREN).then().statusCode(409).body("code", equalTo("niveau-wijzigen-met-reden"));
        als(gemeente, "medewerker").header("If-Match", etag(gemeente, id))
                .body(Map.of("niveau", "coproduceren", "reden", "Bewoners vormen een kerngroep"))
                .post(TRAJECTEN + "/" + id + "/niveauwijzigingen")
                .then().statusCode(200)
                .body("niveau", equalTo("coproduceren"))
                .body("niveauhistorie", hasSize(2))
                .body("niveauhistorie[0].van", nullValue())
                .body("niveauhistorie[1].van", equalTo("raadplegen"))
                .body("niveauhistorie[1].naar", equalTo("coproduceren"))
                .body("niveauhistorie[1].reden", equalTo("Bewoners vormen een kerngroep"))
                .body("niveauhistorie[1].door", equalTo("Testgebruiker"));

        als(gemeente, "kernambtenaar").get(TRAJECTEN + "/" + id + "/audit").then().statusCode(200)
                .body("resultaten.actie", contains("aangemaakt", "stap-vastgelegd", "niveau-gewijzigd"))
                .body("resultaten[2].gegevens.reden", equalTo("Bewoners vormen een kerngroep"));
    }

    @Test
    void a_step_without_if_match_answers_428_and_with_a_stale_one_412() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);

        als(gemeente, "medewerker").body(AFWEGING_JA).put(TRAJECTEN + "/" + id + "/stappen/afweging")
                .then().statusCode(428).body("code", equalTo("if-match-vereist"));
        stap(gemeente, id, "afweging", AFWEGING_JA).then().statusCode(200);
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(BETROKKENEN).put(TRAJECTEN + "/" + id + "/stappen/betrokkenen")
                .then().statusCode(412).body("code", equalTo("versie-verouderd"));
    }

    @Test
    void the_list_filters_on_kern_level_phase_owner_and_open_step() {
        String gemeente = nieuweGemeente();
        String beusichem = nieuweKern(gemeente, "Beusichem");
        String weg = nieuwTraject(gemeente, beusichem, false);
        stap(gemeente, weg, "niveau", NIVEAU_COPRODUCEREN).then().statusCode(200);
        nieuwTraject(gemeente, null, false);

        als(gemeente, "medewerker").queryParam("kern", beusichem).get(TRAJECTEN).then().statusCode(200)
                .body("resultaten.id", contains(weg));
        als(gemeente, "medewerker").queryParam("niveau", "coproduceren").queryParam("fase", "voorbereiding")
                .queryParam("eigenaar", "lotte bakker").get(TRAJECTEN).then().statusCode(200)
                .body("resultaten.id", contains(weg));
        als(gemeente, "medewerker").queryParam("openStap", "niveau").get(TRAJECTEN).then().statusCode(200)
                .body("resultaten", hasSize(1));
        als(gemeente, "medewerker").queryParam("pageSize", 1).get(TRAJECTEN).then().statusCode(200)
                .body("resultaten", hasSize(1)).body("volgendeCursor", org.hamcrest.Matchers.notNullValue());
        als(gemeente, "medewerker").queryParam("updatedSince", "2000-01-01T00:00:00Z").get(TRAJECTEN).then().statusCode(200)
                .body("resultaten", hasSize(2));
        als(nieuweGemeente(), "medewerker").get(TRAJECTEN).then().statusCode(200).body("resultaten", hasSize(0));
    }

    @Test
    void a_repeated_create_with_the_same_idempotency_key_replays_the_first_answer() {
        String gemeente = nieuweGemeente();

        String eerste = als(gemeente, "kernambtenaar").header("Idempotency-Key", "traject-1")
                .body(gegevens("Warmteplan", null, false)).post(TRAJECTEN).then().statusCode(201).extract().path("id");
        als(gemeente, "kernambtenaar").header("Idempotency-Key", "traject-1")
                .body(gegevens("Warmteplan", null, false)).post(TRAJECTEN)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(eerste));

        als(gemeente, "medewerker").get(TRAJECTEN).then().body("resultaten", hasSize(1));
    }

    /**
     * ADR 6 and seed 000 ("we maken het ook duidelijk als inwoners niet of minder betrokken worden"):
     * a "no" at step 1 closes the traject in preparation once residents heard why; no
     * evaluation of a participation that never happened is asked for.
     */
    @Test
    void seed_000_after_a_no_the_traject_closes_in_preparation_once_residents_were_told_why() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);
        Map<String, Object> nee = new HashMap<>(AFWEGING_JA);
        nee.put("participatieGewenst", false);
        nee.put("communicatieBijNee", "Uitleg in de dorpskrant en op de website");
        stap(gemeente, id, "afweging", nee).then().statusCode(200);

        actie(gemeente, id, "afsluiten").then().statusCode(409).body("code", equalTo("terugkoppeling-ontbreekt"))
                .body("detail", containsString("geen participatie"));
        stap(gemeente, id, "evaluatie", Map.of("terugkoppeling",
                "Dorpskrant van 3 maart: de keuze ligt wettelijk vast, daarom geen participatie")).then().statusCode(200);
        actie(gemeente, id, "afsluiten").then().statusCode(200).body("fase", equalTo("afgerond"))
                .body("openStappen", hasItems("betrokkenen", "niveau", "communicatieplan", "middelen"));
    }

    @Test
    void a_closed_traject_answers_409_to_every_change() {
        String gemeente = nieuweGemeente();
        String id = nieuwTraject(gemeente, null, false);
        Map<String, Object> nee = new HashMap<>(AFWEGING_JA);
        nee.put("participatieGewenst", false);
        nee.put("communicatieBijNee", "Bericht in de dorpskrant");
        stap(gemeente, id, "afweging", nee).then().statusCode(200);
        actie(gemeente, id, "start-participatie").then().statusCode(409).body("code", equalTo("afweging-negatief"));
        stap(gemeente, id, "evaluatie", EVALUATIE).then().statusCode(200);
        actie(gemeente, id, "afsluiten").then().statusCode(200).body("fase", equalTo("afgerond"));

        stap(gemeente, id, "middelen", Map.of("middelen", List.of(Map.of("type", "enquete")))).then().statusCode(409)
                .body("code", equalTo("traject-afgerond"));
    }
}
