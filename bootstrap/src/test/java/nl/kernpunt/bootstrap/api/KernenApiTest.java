package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KernenApiTest extends ApiTestBasis {

    @Test
    void a_created_kern_answers_201_with_location_etag_and_api_version_and_reads_back_in_full_for_own_staff() {
        String gemeente = nieuweGemeente();

        Response aangemaakt = als(gemeente, "kernambtenaar").body(kernNieuw("Ravenswaaij")).post(KERNEN);

        aangemaakt.then().statusCode(201)
                .header("API-Version", "1.0.0")
                .header("ETag", "\"0\"")
                .header("Location", startsWith("/api/v1/kernen/"))
                .body("gemeente", equalTo(gemeente))
                .body("kernwethouder.naam", equalTo("Wethouder Smits"))
                .body("functiehistorie", hasSize(2));
        String id = aangemaakt.path("id");
        als(gemeente, "medewerker").get(KERNEN + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("naam", equalTo("Ravenswaaij"))
                .body("uitrolfase", equalTo("starten"))
                .body("dorpsbelangenorganisaties[0].convenantDatum", equalTo("2020-11-15"))
                .body("communicatiekanalen[0].bereik", equalTo(180));
    }

    @Test
    void anonymous_readers_and_other_gemeenten_see_only_the_public_facts() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Zoelen");

        for (var verzoek : List.of(anoniem(), als(nieuweGemeente(), "beheerder"))) {
            verzoek.get(KERNEN + "/" + id).then().statusCode(200)
                    .body("naam", equalTo("Zoelen"))
                    .body("gebied", equalTo("Maurik e.o."))
                    .body("kernambtenaar.email", equalTo("f.amrani@buren.nl"))
                    .body("kernambtenaar", not(org.hamcrest.Matchers.hasKey("telefoon")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("kernwethouder")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("functiehistorie")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("dorpsbelangenorganisaties")));
        }
    }

    @Test
    void the_gemeente_chooses_which_of_the_kernambtenaar_s_contact_details_are_public() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Maurik");

        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(java.util.Map.of("naam", "Buren",
                        "rsin", "002220647", "instellingen", java.util.Map.of("antwoordtermijnDagen", 7,
                                "terugkoppeltermijnDagen", 14, "stilteDrempelDagen", 28,
                                "kernambtenaarEmailOpenbaar", false, "kernambtenaarTelefoonOpenbaar", true)))
                .put("/api/v1/gemeenten/" + gemeente).then().statusCode(200)
                .body("instellingen.kernambtenaarEmailOpenbaar", equalTo(false))
                .body("instellingen.kernambtenaarTelefoonOpenbaar", equalTo(true));

        anoniem().get(KERNEN + "/" + id).then().statusCode(200)
                .body("kernambtenaar.naam", equalTo("Fatima Amrani"))
                .body("kernambtenaar.telefoon", equalTo("0344 579 203"))
                .body("kernambtenaar", not(org.hamcrest.Matchers.hasKey("email")));
        anoniem().queryParam("gemeente", gemeente).get(KERNEN).then().statusCode(200)
                .body("resultaten[0].kernambtenaar", not(org.hamcrest.Matchers.hasKey("email")))
                .body("resultaten[0].kernambtenaar.telefoon", equalTo("0344 579 203"));
        als(gemeente, "medewerker").get(KERNEN + "/" + id).then().statusCode(200)
                .body("kernambtenaar.email", equalTo("f.amrani@buren.nl"));
    }

    @Test
    void an_update_with_the_current_etag_succeeds_and_returns_the_next_etag() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Lienden");

        als(gemeente, "kernambtenaar").header("If-Match", etagVan(gemeente, id)).body(kernWijziging("Lienden"))
                .put(KERNEN + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("uitrolfase", equalTo("uitvoeren"))
                .body("communicatiekanalen[0].type", equalTo("lichtkrant"))
                .body("dorpsbelangenorganisaties", hasSize(0));
    }

    @Test
    void an_update_with_a_stale_etag_answers_412_and_changes_nothing() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Ommeren");
        String oud = etagVan(gemeente, id);
        als(gemeente, "beheerder").header("If-Match", oud).body(kernWijziging("Ommeren")).put(KERNEN + "/" + id)
                .then().statusCode(200);

        als(gemeente, "beheerder").header("If-Match", oud).body(kernWijziging("Overschreven")).put(KERNEN + "/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("versie-verouderd"));
        als(gemeente, "medewerker").get(KERNEN + "/" + id).then().body("naam", equalTo("Ommeren"));
    }

    /** RFC 9110 §13.1.1: {@code If-Match: *} matches whatever version is current. */
    @Test
    void an_update_with_if_match_star_applies_to_the_current_version() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Ophemert");
        als(gemeente, "beheerder").header("If-Match", etagVan(gemeente, id)).body(kernWijziging("Ophemert"))
                .put(KERNEN + "/" + id).then().statusCode(200);

        als(gemeente, "beheerder").header("If-Match", "*").body(kernWijziging("Varik")).put(KERNEN + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("naam", equalTo("Varik"));
    }

    @Test
    void an_update_without_if_match_answers_428() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Ingen");

        als(gemeente, "beheerder").body(kernWijziging("Ingen")).put(KERNEN + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("code", equalTo("if-match-vereist"));
    }

    @Test
    void changing_a_kern_of_another_gemeente_answers_exactly_like_a_missing_kern() {
        String buren = nieuweGemeente();
        String id = nieuweKern(buren, "Maurik");
        String anderGemeente = nieuweGemeente();
        String onbekend = "9b2f4c1e-0000-4000-8000-000000000000";

        Map<String, Object> vreemd = als(anderGemeente, "beheerder").header("If-Match", "\"0\"").body(kernWijziging("Gekaapt"))
                .put(KERNEN + "/" + id).then().statusCode(404).extract().jsonPath().getMap("$");
        Map<String, Object> ontbrekend = als(anderGemeente, "beheerder").header("If-Match", "\"0\"").body(kernWijziging("Gekaapt"))
                .put(KERNEN + "/" + onbekend).then().statusCode(404).extract().jsonPath().getMap("$");

        assertThat(vreemd.keySet()).isEqualTo(ontbrekend.keySet());
        assertThat(vreemd.get("code")).isEqualTo(ontbrekend.get("code"));
        assertThat(vreemd.get("title")).isEqualTo(ontbrekend.get("title"));
        assertThat((String) vreemd.get("detail")).isEqualTo(((String) ontbrekend.get("detail")).replace(onbekend, id));
        als(buren, "medewerker").get(KERNEN + "/" + id).then().body("naam", equalTo("Maurik")).header("ETag", "\"0\"");
    }

    @Test
    void handing_over_the_kernambtenaar_keeps_the_predecessor_in_the_history() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Beusichem");

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("opvolger", Map.of("naam", "Pieter de Wit", "email", "p.dewit@buren.nl"),
                        "notitie", "Lopend: herinrichting weg met bewonerskerngroep"))
                .put(KERNEN + "/" + id + "/kernambtenaar")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("kernambtenaar.naam", equalTo("Pieter de Wit"))
                .body("functiehistorie.findAll { it.functie == 'kernambtenaar' }.persoon.naam",
                        equalTo(List.of("Fatima Amrani", "Pieter de Wit")))
                .body("functiehistorie.find { it.persoon.naam == 'Fatima Amrani' }.tot", notNullValue())
                .body("functiehistorie.find { it.persoon.naam == 'Pieter de Wit' }.tot", nullValue())
                .body("functiehistorie.find { it.persoon.naam == 'Pieter de Wit' }.notitie", startsWith("Lopend"));
    }

    @Test
    void an_archived_kern_leaves_the_default_list_stays_readable_and_refuses_changes() {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Erichem");
        nieuweKern(gemeente, "Asch");

        als(gemeente, "beheerder").header("If-Match", "\"0\"").post(KERNEN + "/" + id + "/archiveer")
                .then().statusCode(200).body("gearchiveerd", equalTo(true));

        anoniem().queryParam("gemeente", gemeente).get(KERNEN)
                .then().statusCode(200).body("resultaten.naam", equalTo(List.of("Asch")));
        anoniem().queryParam("gemeente", gemeente).queryParam("gearchiveerd", true).get(KERNEN)
                .then().body("resultaten.naam", equalTo(List.of("Erichem")));
        als(gemeente, "beheerder").header("If-Match", "\"1\"").body(kernWijziging("Erichem")).put(KERNEN + "/" + id)
                .then().statusCode(409).body("code", equalTo("kern-gearchiveerd"));
    }

    @Test
    void an_archived_kern_takes_nothing_new_but_what_already_names_it_can_still_change() {
        String gemeente = nieuweGemeente();
        String open = nieuweKern(gemeente, "Asch");
        String kern = nieuweKern(gemeente, "Erichem");
        String traject = als(gemeente, "medewerker").body(traject(List.of(kern), "Dorpshuis")).post("/api/v1/participatietrajecten")
                .then().statusCode(201).extract().path("id");
        als(gemeente, "beheerder").header("If-Match", "\"0\"").post(KERNEN + "/" + kern + "/archiveer").then().statusCode(200);

        Map<String, Map<String, Object>> nieuw = new java.util.LinkedHashMap<>();
        nieuw.put("/api/v1/initiatieven", Map.of("kern", kern, "titel", "Bankje", "omschrijving", "Een bankje bij de kerk.",
                "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                "ondersteuning", List.of("geld"), "betrokkenen", List.of(Map.of("naam", "Sara Peters"))));
        nieuw.put("/api/v1/vragen", Map.of("kern", kern, "onderwerp", "Afval", "tekst", "Naast de containers.",
                "vrager", Map.of("naam", "Sara Peters")));
        nieuw.put("/api/v1/participatietrajecten", traject(List.of(open, kern), "Speeltuin"));
        nieuw.put("/api/v1/bijeenkomsten", Map.of("titel", "Bewonersavond", "soort", "bewonersavond",
                "datum", "2026-03-02", "kernen", List.of(kern)));
        nieuw.put("/api/v1/indicatoren", Map.of("naam", "Rapportcijfer", "eenheid", "rapportcijfer", "kern", kern,
                "nulmeting", Map.of("waarde", 6.0, "jaar", 2019)));
        nieuw.forEach((pad, body) -> als(gemeente, "beheerder").body(body).post(pad).then().statusCode(400)
                .body("code", equalTo("kern-gearchiveerd"))
                .body("invalidParams[0].name", equalTo(body.containsKey("kernen") ? "kernen" : "kern"))
                .body("detail", org.hamcrest.Matchers.containsString(kern + " is gearchiveerd")));
        als(gemeente, "medewerker").get("/api/v1/initiatieven").then().body("resultaten", hasSize(0));
        als(gemeente, "medewerker").get("/api/v1/vragen").then().body("resultaten", hasSize(0));
        als(gemeente, "medewerker").get("/api/v1/participatietrajecten").then().body("resultaten", hasSize(1));

        // a traject that named the kern before it was archived can still be corrected
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(traject(List.of(kern), "Dorpshuis en plein"))
                .put("/api/v1/participatietrajecten/" + traject).then().statusCode(200).body("onderwerp", equalTo("Dorpshuis en plein"));
    }

    private static Map<String, Object> traject(List<String> kernen, String onderwerp) {
        return Map.of("onderwerp", onderwerp, "gemeentebreed", false, "kernen", kernen,
                "eigenaar", Map.of("naam", "Lotte Bakker"), "groot", false);
    }

    @Test
    void a_second_kern_with_the_same_name_in_one_gemeente_is_a_conflict() {
        String gemeente = nieuweGemeente();
        nieuweKern(gemeente, "Rijswijk");

        als(gemeente, "beheerder").body(kernNieuw("RIJSWIJK")).post(KERNEN)
                .then().statusCode(409).body("code", equalTo("kern-bestaat-al"));
    }

    @Test
    void a_replayed_idempotency_key_returns_the_first_response_and_creates_nothing_new() {
        String gemeente = nieuweGemeente();

        Response eerste = als(gemeente, "beheerder").header("Idempotency-Key", "kern-zoelmond-1").body(kernNieuw("Zoelmond")).post(KERNEN);
        Response herhaling = als(gemeente, "beheerder").header("Idempotency-Key", "kern-zoelmond-1").body(kernNieuw("Zoelmond")).post(KERNEN);

        eerste.then().statusCode(201);
        herhaling.then().statusCode(201)
                .header("Location", equalTo(eerste.header("Location")))
                .header("ETag", equalTo(eerste.header("ETag")))
                .header("Idempotent-Replayed", "true");
        assertThat(herhaling.jsonPath().getMap("$")).isEqualTo(eerste.jsonPath().getMap("$"));
        anoniem().queryParam("gemeente", gemeente).get(KERNEN).then().body("resultaten", hasSize(1));
    }

    @Test
    void a_failed_create_leaves_its_idempotency_key_free_for_a_corrected_retry() {
        String gemeente = nieuweGemeente();
        nieuweKern(gemeente, "Rijswijk");

        als(gemeente, "beheerder").header("Idempotency-Key", "kern-herkansing").body(kernNieuw("RIJSWIJK")).post(KERNEN)
                .then().statusCode(409).body("code", equalTo("kern-bestaat-al"));
        // the claim rolled back with the refused use case, so another body is not "the key reused"
        als(gemeente, "beheerder").header("Idempotency-Key", "kern-herkansing").body(kernNieuw("Rijswijk-Oost"))
                .post(KERNEN).then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void concurrent_requests_with_one_idempotency_key_create_once_and_all_get_its_201() {
        String gemeente = nieuweGemeente();
        List<CompletableFuture<Response>> verzoeken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            verzoeken.add(CompletableFuture.supplyAsync(() -> als(gemeente, "beheerder")
                    .header("Idempotency-Key", "kern-tegelijk").body(kernNieuw("Erichem")).post(KERNEN)));
        }
        List<Response> antwoorden = verzoeken.stream().map(CompletableFuture::join).toList();

        // the later ones waited at the claim for the first's transaction and replay its answer
        assertThat(antwoorden).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(antwoorden.stream().map(a -> a.header("Location")).distinct()).hasSize(1);
        assertThat(antwoorden.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
        anoniem().queryParam("gemeente", gemeente).get(KERNEN).then().body("resultaten", hasSize(1));
    }

    @Test
    void the_same_idempotency_key_with_another_body_answers_422() {
        String gemeente = nieuweGemeente();
        als(gemeente, "beheerder").header("Idempotency-Key", "sleutel-42").body(kernNieuw("Kapel-Avezaath")).post(KERNEN)
                .then().statusCode(201);

        als(gemeente, "beheerder").header("Idempotency-Key", "sleutel-42").body(kernNieuw("Kerk-Avezaath")).post(KERNEN)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-hergebruikt"));
        anoniem().queryParam("gemeente", gemeente).get(KERNEN).then().body("resultaten.naam", equalTo(List.of("Kapel-Avezaath")));
    }

    @Test
    void paging_with_the_cursor_visits_every_kern_once_in_name_order() {
        String gemeente = nieuweGemeente();
        List<String> namen = List.of("Zoelmond", "Asch", "Maurik", "Eck en Wiel", "Ingen", "Buren", "Lienden");
        namen.forEach(naam -> nieuweKern(gemeente, naam));

        List<String> gezien = new ArrayList<>();
        String cursor = null;
        do {
            var verzoek = anoniem().queryParam("gemeente", gemeente).queryParam("pageSize", 3);
            if (cursor != null) {
                verzoek.queryParam("cursor", cursor);
            }
            Response pagina = verzoek.get(KERNEN);
            pagina.then().statusCode(200).body("resultaten.size()", org.hamcrest.Matchers.lessThanOrEqualTo(3));
            gezien.addAll(pagina.jsonPath().getList("resultaten.naam"));
            cursor = pagina.path("volgendeCursor");
        } while (cursor != null);

        assertThat(gezien).containsExactlyElementsOf(namen.stream().sorted().toList());
    }

    @Test
    void updated_since_returns_only_kernen_changed_from_that_moment() {
        String gemeente = nieuweGemeente();
        String oud = nieuweKern(gemeente, "Buren");
        String id = nieuweKern(gemeente, "Lingemeer");
        String sinds = als(gemeente, "medewerker").get(KERNEN + "/" + id).path("gewijzigdOp");
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(kernWijziging("Lingemeer")).put(KERNEN + "/" + id)
                .then().statusCode(200);
        String gewijzigdOp = als(gemeente, "medewerker").get(KERNEN + "/" + id).path("gewijzigdOp");

        anoniem().queryParam("gemeente", gemeente).queryParam("updatedSince", gewijzigdOp).get(KERNEN)
                .then().statusCode(200).body("resultaten.id", equalTo(List.of(id)));
        anoniem().queryParam("gemeente", gemeente).queryParam("updatedSince", sinds).get(KERNEN)
                .then().body("resultaten.id", hasItem(id)).body("resultaten.id", not(hasItem(oud)));
    }

    @Test
    void writes_need_a_token_and_a_role_that_allows_them() {
        String gemeente = nieuweGemeente();

        ongeldig().contentType("application/json").body(kernNieuw("Anoniem")).post(KERNEN)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        als(gemeente, "medewerker").body(kernNieuw("Medewerker")).post(KERNEN)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("rol-ontbreekt"));
    }
}
