package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InitiatievenApiTest extends ApiTestBasis {

    static final String INITIATIEVEN = "/api/v1/initiatieven";
    static final String OPENBAAR = "/api/v1/openbaar/initiatieven";

    static Map<String, Object> initiatiefNieuw(String kern, String titel) {
        return Map.of(
                "kern", kern,
                "titel", titel,
                "omschrijving", "Bewoners willen het afval naast de containers samen met Avri aanpakken.",
                "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                "ondersteuning", List.of("kennis", "netwerk"),
                "betrokkenen", List.of(Map.of("naam", "Jan de Boer", "email", "jan.deboer@example.nl",
                        "telefoon", "06 1234 5678")),
                "contactpersoon", Map.of("naam", "Lotte Vermeulen", "email", "l.vermeulen@buren.nl"));
    }

    /** A gemeente with one kern and one submitted initiative; returns {gemeente, kern, initiatief id, referentie}. */
    private String[] nieuwInitiatief(String titel) {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Kerk-Avezaath");
        Response aangemaakt = als(gemeente, "medewerker").body(initiatiefNieuw(kern, titel)).post(INITIATIEVEN);
        aangemaakt.then().statusCode(201);
        return new String[] {gemeente, kern, aangemaakt.path("id"), aangemaakt.path("referentie")};
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(INITIATIEVEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private Response naar(String gemeente, String id, String status, String reden) {
        Map<String, Object> body = reden == null ? Map.of("naar", status) : Map.of("naar", status, "reden", reden);
        return als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, id)).body(body)
                .post(INITIATIEVEN + "/" + id + "/statusovergangen");
    }

    private Response rol(String gemeente, String id, String rol) {
        return als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, id))
                .body(Map.of("rol", rol, "reden", "past bij de kernagenda"))
                .put(INITIATIEVEN + "/" + id + "/rol");
    }

    private Response contact(String gemeente, String id) {
        return als(gemeente, "medewerker")
                .body(Map.of("op", Instant.now().toString(), "kanaal", "telefoon",
                        "samenvatting", "rol toegelicht"))
                .post(INITIATIEVEN + "/" + id + "/contactmomenten");
    }

    @Test
    void a_submitted_initiative_answers_201_with_location_etag_and_reads_back_in_full_for_own_staff() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Kerk-Avezaath");

        Response aangemaakt = als(gemeente, "medewerker").body(initiatiefNieuw(kern, "Schone containerplek"))
                .post(INITIATIEVEN);

        aangemaakt.then().statusCode(201)
                .header("API-Version", "1.0.0")
                .header("ETag", "\"0\"")
                .header("Location", startsWith("/api/v1/initiatieven/"))
                .body("status", equalTo("ingediend"))
                .body("kernambtenaar.naam", equalTo("Fatima Amrani"))
                .body("statushistorie", hasSize(1))
                .body("stil", equalTo(false));
        assertThat((String) aangemaakt.path("referentie")).matches("[A-Za-z0-9_-]{22}");
        als(gemeente, "beheerder").get(INITIATIEVEN + "/" + aangemaakt.path("id")).then().statusCode(200)
                .body("betrokkenen[0].naam", equalTo("Jan de Boer"))
                .body("betrokkenen[0].email", equalTo("jan.deboer@example.nl"))
                .body("ondersteuning", equalTo(List.of("kennis", "netwerk")));
    }

    @Test
    void an_initiative_in_a_kern_of_another_gemeente_is_refused_as_invalid_input() {
        String kernElders = nieuweKern(nieuweGemeente(), "Zoelen");

        als(nieuweGemeente(), "medewerker").body(initiatiefNieuw(kernElders, "Elders")).post(INITIATIEVEN)
                .then().statusCode(400)
                .body("code", equalTo("kern-onbekend"));
    }

    @Test
    void initiatives_with_their_personal_data_are_staff_only_other_gemeenten_get_404_and_anonymous_401() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        String pad = INITIATIEVEN + "/" + initiatief[2];

        als(nieuweGemeente(), "beheerder").get(pad).then().statusCode(404).body("code", equalTo("initiatief-niet-gevonden"));
        als(nieuweGemeente(), "beheerder").get(pad + "/audit").then().statusCode(404);
        ongeldig().get(pad).then().statusCode(401);
        als(nieuweGemeente(), "beheerder").get(INITIATIEVEN).then().statusCode(200)
                .body("resultaten.id", not(hasItem(initiatief[2])));
    }

    @Test
    void the_lifecycle_is_enforced_an_illegal_transition_answers_409_with_a_stable_code() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");

        naar(initiatief[0], initiatief[2], "afgerond", null).then().statusCode(409)
                .body("code", equalTo("initiatief-ongeldige-overgang"));
        naar(initiatief[0], initiatief[2], "in-behandeling", "eerste gesprek").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("in-behandeling"))
                .body("statushistorie[1].van", equalTo("ingediend"))
                .body("statushistorie[1].reden", equalTo("eerste gesprek"));
        naar(initiatief[0], initiatief[2], "rol-bepaald", null).then().statusCode(409)
                .body("code", equalTo("rol-ontbreekt"));
        naar(initiatief[0], initiatief[2], "afgewezen", null).then().statusCode(409)
                .body("code", equalTo("afwijzing-zonder-motivering"));
    }

    @Test
    void a_medewerker_may_not_move_the_status() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");

        als(initiatief[0], "medewerker").header("If-Match", "\"0\"").body(Map.of("naar", "in-behandeling"))
                .post(INITIATIEVEN + "/" + initiatief[2] + "/statusovergangen")
                .then().statusCode(403);
    }

    @Test
    void decisions_need_if_match_428_without_and_412_when_stale() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        String pad = INITIATIEVEN + "/" + initiatief[2] + "/rol";

        als(initiatief[0], "kernambtenaar").body(Map.of("rol", "loslaten", "reden", "geen middelen")).put(pad)
                .then().statusCode(428);
        als(initiatief[0], "kernambtenaar").header("If-Match", "\"7\"")
                .body(Map.of("rol", "loslaten", "reden", "geen middelen")).put(pad)
                .then().statusCode(412).body("code", equalTo("versie-verouderd"));
    }

    @Test
    void changing_the_rol_keeps_its_history_and_a_rol_without_contact_shows_the_missing_terugkoppeling() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        naar(initiatief[0], initiatief[2], "in-behandeling", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "stimuleren").then().statusCode(200);

        rol(initiatief[0], initiatief[2], "faciliteren").then().statusCode(200)
                .body("rol", equalTo("faciliteren"))
                .body("rolhistorie.rol", equalTo(List.of("stimuleren", "faciliteren")))
                .body("rolhistorie[0].fase", equalTo("in-behandeling"))
                .body("terugkoppelingOntbreekt", equalTo(true));
        contact(initiatief[0], initiatief[2]).then().statusCode(200)
                .body("terugkoppelingOntbreekt", equalTo(false))
                .body("contactmomenten[0].kanaal", equalTo("telefoon"));
        naar(initiatief[0], initiatief[2], "rol-bepaald", null).then().statusCode(200);
        als(initiatief[0], "medewerker").get(INITIATIEVEN + "?rol=faciliteren&status=rol-bepaald").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(initiatief[2])));
    }

    /**
     * 000 §3.3.6 makes the feedback loop the core of kerngericht werken, and in 001 residents did not
     * know where their initiative stood: an initiative is not closed until its initiators heard of
     * the gemeente's Rol.
     */
    @Test
    void seed_000_001_an_initiative_closes_only_after_its_initiators_heard_of_the_rol_409_until_then() {
        String[] initiatief = nieuwInitiatief("Jeu-de-boulesbaan");
        naar(initiatief[0], initiatief[2], "in-behandeling", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "faciliteren").then().statusCode(200);
        contact(initiatief[0], initiatief[2]).then().statusCode(200);
        naar(initiatief[0], initiatief[2], "rol-bepaald", null).then().statusCode(200);
        naar(initiatief[0], initiatief[2], "in-uitvoering", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "stimuleren").then().statusCode(200)
                .body("terugkoppelingOntbreekt", equalTo(true));

        naar(initiatief[0], initiatief[2], "afgerond", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("terugkoppeling-ontbreekt"))
                .body("detail", containsString("stimuleren"))
                .body("detail", containsString("contactmoment"));
        als(initiatief[0], "medewerker").get(INITIATIEVEN + "/" + initiatief[2]).then().statusCode(200)
                .body("status", equalTo("in-uitvoering"));

        contact(initiatief[0], initiatief[2]).then().statusCode(200).body("terugkoppelingOntbreekt", equalTo(false));
        naar(initiatief[0], initiatief[2], "afgerond", null).then().statusCode(200).body("status", equalTo("afgerond"));
    }

    @Test
    void seed_000_a_refusal_after_an_untold_rol_answers_409_until_the_initiators_were_told() {
        String[] initiatief = nieuwInitiatief("Jeu-de-boulesbaan");
        naar(initiatief[0], initiatief[2], "in-behandeling", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "loslaten").then().statusCode(200);

        naar(initiatief[0], initiatief[2], "afgewezen", "geen middelen").then().statusCode(409)
                .body("code", equalTo("terugkoppeling-ontbreekt"));
        contact(initiatief[0], initiatief[2]).then().statusCode(200);
        naar(initiatief[0], initiatief[2], "afgewezen", "geen middelen").then().statusCode(200)
                .body("status", equalTo("afgewezen"));
    }

    /** Issue #13 item 4: a contact dated before the registration would make a new initiative stil at once. */
    @Test
    void a_contact_before_the_registration_is_a_bad_request_naming_op_and_the_initiative_stays_not_stil() {
        String[] initiatief = nieuwInitiatief("Jeu-de-boulesbaan");
        String pad = INITIATIEVEN + "/" + initiatief[2];

        als(initiatief[0], "medewerker").body(Map.of("op", Instant.now().minus(Duration.ofDays(60)).toString(),
                        "kanaal", "telefoon", "samenvatting", "eerste belletje"))
                .post(pad + "/contactmomenten").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("op"))
                .body("invalidParams[0].code", equalTo("voor-registratie"));
        als(initiatief[0], "medewerker").get(pad).then().statusCode(200)
                .body("stil", equalTo(false)).body("contactmomenten", hasSize(0));
    }

    @Test
    void the_list_filters_on_stil() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");

        als(initiatief[0], "medewerker").get(INITIATIEVEN + "?stil=false").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(initiatief[2])));
        als(initiatief[0], "medewerker").get(INITIATIEVEN + "?stil=true").then().statusCode(200)
                .body("resultaten", hasSize(0));
    }

    @Test
    void every_change_is_in_the_audit_trail_readable_per_initiative() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        naar(initiatief[0], initiatief[2], "in-behandeling", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "coproduceren").then().statusCode(200);

        als(initiatief[0], "medewerker").get(INITIATIEVEN + "/" + initiatief[2] + "/audit").then().statusCode(200)
                .body("resultaten.actie", equalTo(List.of("ingediend", "status-gewijzigd", "rol-bepaald")))
                .body("resultaten[2].gegevens.rol", equalTo("coproduceren"))
                .body("resultaten[2].door", not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void the_public_status_is_anonymous_without_names_or_contact_details_and_answers_304_when_unchanged() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        naar(initiatief[0], initiatief[2], "in-behandeling", null).then().statusCode(200);
        rol(initiatief[0], initiatief[2], "faciliteren").then().statusCode(200);
        String pad = OPENBAAR + "/" + initiatief[3];

        Response gelezen = anoniem().get(pad);

        gelezen.then().statusCode(200)
                .header("API-Version", "1.0.0")
                .header("Cache-Control", "no-cache")
                .body("titel", equalTo("Schone containerplek"))
                .body("kern", equalTo("Kerk-Avezaath"))
                .body("status", equalTo("in-behandeling"))
                .body("rol", equalTo("faciliteren"))
                .body("$", not(hasKey("betrokkenen")))
                .body("$", not(hasKey("contactpersoon")));
        assertThat(gelezen.asString()).doesNotContain("Jan de Boer").doesNotContain("example.nl")
                .doesNotContain("Lotte").doesNotContain("Fatima");
        String etag = gelezen.header("ETag");
        anoniem().header("If-None-Match", etag).get(pad).then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "no-cache")
                .header("API-Version", "1.0.0");

        naar(initiatief[0], initiatief[2], "ingetrokken", null).then().statusCode(200);
        anoniem().header("If-None-Match", etag).get(pad).then().statusCode(200).body("status", equalTo("ingetrokken"));
    }

    @Test
    void an_unknown_reference_is_404_and_a_malformed_one_400() {
        anoniem().get(OPENBAAR + "/AAAAAAAAAAAAAAAAAAAAAA").then().statusCode(404);
        ongeldig().get(OPENBAAR + "/kort").then().statusCode(400);
    }

    @Test
    void agreements_are_made_and_settled_with_if_match_and_overdue_ones_are_listed_per_kern_and_person() {
        String[] initiatief = nieuwInitiatief("Schone containerplek");
        String pad = INITIATIEVEN + "/" + initiatief[2] + "/afspraken";
        als(initiatief[0], "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Borden plaatsen", "door", "gemeente", "verantwoordelijke", "Fatima Amrani",
                        "deadline", "2020-01-31"))
                .post(pad).then().statusCode(200)
                .body("afspraken[0].status", equalTo("open"))
                .body("afspraken[0].verlopen", equalTo(true));
        Response tweede = als(initiatief[0], "medewerker").header("If-Match", "\"1\"")
                .body(Map.of("wat", "Evaluatie", "door", "initiatiefnemers", "verantwoordelijke", "Jan de Boer",
                        "deadline", "2099-12-31"))
                .post(pad);
        tweede.then().statusCode(200).body("afspraken[1].verlopen", equalTo(false));
        String afspraak = tweede.path("afspraken[0].id");

        als(initiatief[0], "medewerker").get("/api/v1/afspraken/verlopen?kern=" + initiatief[1]).then().statusCode(200)
                .body("resultaten.afspraak.wat", equalTo(List.of("Borden plaatsen")))
                .body("resultaten[0].titel", equalTo("Schone containerplek"));
        als(initiatief[0], "medewerker").body(Map.of("verantwoordelijke", "jan de boer"))
                .post("/api/v1/afspraken/verlopen/_zoek").then().statusCode(200).body("resultaten", hasSize(0));
        als(initiatief[0], "medewerker").body(Map.of("verantwoordelijke", "fatima amrani", "kern", initiatief[1]))
                .post("/api/v1/afspraken/verlopen/_zoek").then().statusCode(200)
                .body("resultaten.afspraak.wat", equalTo(List.of("Borden plaatsen")));
        ongeldig().header("Authorization", "Bearer " + nl.kernpunt.bootstrap.testsupport.TestTokens.voor(
                        initiatief[0], "medewerker")).queryParam("verantwoordelijke", "jan de boer")
                .get("/api/v1/afspraken/verlopen").then().statusCode(400).body("code", equalTo("onbekende-parameter"));
        anoniem().get(OPENBAAR + "/" + initiatief[3]).then().statusCode(200).body("openAfspraken", equalTo(2));

        als(initiatief[0], "medewerker").header("If-Match", "\"2\"").body(Map.of("status", "niet-nagekomen"))
                .put(pad + "/" + afspraak).then().statusCode(400);
        als(initiatief[0], "medewerker").header("If-Match", "\"2\"")
                .body(Map.of("status", "niet-nagekomen", "reden", "Avri levert de borden later"))
                .put(pad + "/" + afspraak).then().statusCode(200)
                .body("afspraken[0].status", equalTo("niet-nagekomen"))
                .body("afspraken[0].verlopen", equalTo(false));
        als(initiatief[0], "medewerker").header("If-Match", "\"3\"").body(Map.of("status", "nagekomen"))
                .put(pad + "/" + afspraak).then().statusCode(409).body("code", equalTo("afspraak-ongeldige-overgang"));
        als(initiatief[0], "medewerker").get("/api/v1/afspraken/verlopen").then().statusCode(200)
                .body("resultaten", hasSize(0));
    }

    @Test
    void the_steps_show_their_outcomes_and_which_are_still_open_and_similar_earlier_initiatives_are_listed() {
        String[] eerder = nieuwInitiatief("Containers opruimen");
        String gemeente = eerder[0];
        String kern = eerder[1];
        Map<String, Object> ander = new java.util.HashMap<>(initiatiefNieuw(kern, "Jeu-de-boulesbaan"));
        ander.put("omschrijving", "Een baan voor petanque op het kerkplein");
        als(gemeente, "medewerker").body(ander).post(INITIATIEVEN).then().statusCode(201);
        String dit = als(gemeente, "medewerker").body(initiatiefNieuw(kern, "Afval bij de containers"))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id");

        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("uitkomst", "In 2019 was er een vergelijkbaar initiatief", "datum", "2026-01-15"))
                .put(INITIATIEVEN + "/" + dit + "/stappen/ken-de-geschiedenis").then().statusCode(200)
                .body("stappen[0].stap", equalTo("ken-de-geschiedenis"))
                .body("stappen[0].datum", equalTo("2026-01-15"))
                .body("openStappen", equalTo(List.of("bepaal-je-houding", "bepaal-je-rol", "zorg-voor-duidelijkheid",
                        "evalueer-en-leer")));
        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + dit + "/vergelijkbare").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(eerder[2])));
        als(nieuweGemeente(), "medewerker").get(INITIATIEVEN + "/" + dit + "/vergelijkbare").then().statusCode(404);
    }
}
