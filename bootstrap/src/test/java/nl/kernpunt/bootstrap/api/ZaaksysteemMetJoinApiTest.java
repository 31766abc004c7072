package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.ZaaksysteemApiTest.ZAAKSYSTEEM;
import static nl.kernpunt.bootstrap.api.ZaaksysteemApiTest.notificatie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.kernpunt.application.zaaksysteem.service.NotificatieVerwerker;
import nl.kernpunt.application.zaaksysteem.service.ZaakDispatcher;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.zaaksysteem.JoinProfiel;
import nl.kernpunt.bootstrap.zaaksysteem.NepJoin;
import nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource;
import org.junit.jupiter.api.Test;

/** The beheerder's view and the webhook with a (fake) Join configured for gemeente 0999. */
@QuarkusTest
@TestProfile(JoinProfiel.class)
@QuarkusTestResource(PostgresTestResource.class)
class ZaaksysteemMetJoinApiTest extends ApiTestBasis {

    private static final String GEMEENTE = NepJoinResource.GEMEENTE;
    private static final String WEBHOOK = ZAAKSYSTEEM + "/notificaties/" + GEMEENTE;

    @Inject
    ZaakDispatcher dispatcher;

    @Inject
    NotificatieVerwerker notificaties;

    private NepJoin join() {
        return NepJoinResource.join;
    }

    /** A new kern in gemeente 0999, the gemeente registered first if need be. */
    private String kernInJoingemeente() {
        als(GEMEENTE, "beheerder").body(Map.of("code", GEMEENTE, "naam", "Joingemeente", "rsin", NepJoinResource.RSIN))
                .post(GEMEENTEN);
        return nieuweKern(GEMEENTE, "Zoelen " + System.nanoTime());
    }

    /** Registers an initiative in gemeente 0999 and returns {id, identificatie}. */
    private String[] initiatiefInJoingemeente(String titel) {
        String kern = kernInJoingemeente();
        String id = als(GEMEENTE, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, titel))
                .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201).extract().path("id");
        return new String[] {id, "KP-I-" + id.replace("-", "")};
    }

    /** Registers a question in gemeente 0999 and returns {id, identificatie}. */
    private String[] vraagInJoingemeente(String onderwerp) {
        String id = als(GEMEENTE, "medewerker").body(Map.of("kern", kernInJoingemeente(), "onderwerp", onderwerp,
                        "tekst", "De lamp brandt al een week niet.", "vrager", Map.of("naam", "Kees Jansen",
                                "email", "kees@example.nl")))
                .post(VragenApiTest.VRAGEN).then().statusCode(201).extract().path("id");
        return new String[] {id, "KP-V-" + id.replace("-", "")};
    }

    /**
     * One action on a question through our API, a little over a second after the previous one: the
     * case system keeps a status's moment to the second, and a status is known by type and moment.
     */
    private void vraagactie(String id, String rol, Map<String, Object> actie) {
        slaap(1_100);
        String etag = als(GEMEENTE, "medewerker").get(VragenApiTest.VRAGEN + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        als(GEMEENTE, rol).header("If-Match", etag).body(actie).post(VragenApiTest.VRAGEN + "/" + id + "/statusovergangen")
                .then().statusCode(200);
    }

    private String vraagstatus(String id) {
        return als(GEMEENTE, "medewerker").get(VragenApiTest.VRAGEN + "/" + id).then().statusCode(200)
                .extract().path("status");
    }

    private static void slaap(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String status(String id) {
        return als(GEMEENTE, "medewerker").get(InitiatievenApiTest.INITIATIEVEN + "/" + id).then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void a_parked_row_is_listed_with_its_reason_and_a_beheerder_can_send_it_again() {
        String[] initiatief = initiatiefInJoingemeente("Wandelroute Rijswijk");
        join().weiger(1);
        dispatcher.verwerkAlles();

        als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/synchronisatie").then().statusCode(200)
                .body("ingesteld", equalTo(true))
                .body("geparkeerd", equalTo(1));
        String opdracht = als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/geparkeerde-opdrachten").then().statusCode(200)
                .body("resultaten", hasSize(1))
                .body("resultaten[0].zaakIdentificatie", equalTo(initiatief[1]))
                .body("resultaten[0].soort", equalTo("initiatief"))
                .body("resultaten[0].opdracht", equalTo("registreer"))
                .body("resultaten[0].pogingen", equalTo(1))
                .extract().path("resultaten[0].id");
        assertThat(join().zaak(initiatief[1])).isNull();

        als(GEMEENTE, "beheerder").post(ZAAKSYSTEEM + "/geparkeerde-opdrachten/" + opdracht + "/opnieuw-proberen")
                .then().statusCode(204).header("API-Version", notNullValue());
        dispatcher.verwerkAlles();

        assertThat(join().zaak(initiatief[1])).isNotNull();
        als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/synchronisatie").then().statusCode(200)
                .body("geparkeerd", equalTo(0)).body("wachtend", equalTo(0)).body("opnieuw", equalTo(0))
                .body("laatstGelukt", notNullValue());
    }

    @Test
    void a_status_set_in_join_is_taken_over_once_however_often_it_is_notified() {
        String[] initiatief = initiatiefInJoingemeente("Bloembakken Beusichem");
        dispatcher.verwerkAlles();
        String zaakUrl = join().zaak(initiatief[1]).path("url").asText();
        String statusUrl = join().zetStatusInJoin(initiatief[1], NepJoinResource.ST + "in-behandeling",
                "Opgepakt door team leefbaarheid");
        Instant aanmaak = Instant.now();

        for (int keer = 0; keer < 3; keer++) {
            anoniem().header("Authorization", NepJoinResource.NOTIFICATIE_TOKEN)
                    .body(notificatie(zaakUrl, statusUrl, aanmaak)).post(WEBHOOK)
                    .then().statusCode(204);
        }
        assertThat(notificaties.verwerk()).as("duplicates are not even stored").isEqualTo(1);

        assertThat(status(initiatief[0])).isEqualTo("in-behandeling");
        als(GEMEENTE, "medewerker").get(InitiatievenApiTest.INITIATIEVEN + "/" + initiatief[0] + "/audit")
                .then().statusCode(200).body("resultaten.findAll { it.actie == 'status-gewijzigd' }", hasSize(1));
        assertThat(notificaties.verwerk()).isZero();
    }

    @Test
    void a_change_in_join_our_rules_refuse_is_kept_as_a_conflict_until_a_beheerder_resolves_it() {
        String[] initiatief = initiatiefInJoingemeente("Jeu-de-boulesbaan Maurik");
        dispatcher.verwerkAlles();
        String zaakUrl = join().zaak(initiatief[1]).path("url").asText();
        String statusUrl = join().zetStatusInJoin(initiatief[1], NepJoinResource.ST + "in-uitvoering", null);

        anoniem().header("Authorization", NepJoinResource.NOTIFICATIE_TOKEN)
                .body(notificatie(zaakUrl, statusUrl, Instant.now())).post(WEBHOOK).then().statusCode(204);
        notificaties.verwerk();

        assertThat(status(initiatief[0])).isEqualTo("ingediend");
        String conflict = als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/conflicten").then().statusCode(200)
                .body("resultaten.findAll { it.zaakIdentificatie == '" + initiatief[1] + "' }", hasSize(1))
                .extract().path("resultaten.find { it.zaakIdentificatie == '" + initiatief[1] + "' }.id");
        als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/conflicten").then()
                .body("resultaten.find { it.id == '" + conflict + "' }.code", equalTo("initiatief-ongeldige-overgang"))
                .body("resultaten.find { it.id == '" + conflict + "' }.huidigeStatus", equalTo("ingediend"))
                .body("resultaten.find { it.id == '" + conflict + "' }.gevraagdeStatus", equalTo("in-uitvoering"));

        als(GEMEENTE, "beheerder").post(ZAAKSYSTEEM + "/conflicten/" + conflict + "/oplossing").then().statusCode(204);
        als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/conflicten").then()
                .body("resultaten.findAll { it.id == '" + conflict + "' }", hasSize(0));
    }

    @Test
    void a_notification_with_the_wrong_token_is_refused_and_not_stored() {
        anoniem().header("Authorization", "Bearer geraden")
                .body(notificatie("https://join.example.nl/zaken/api/v1/zaken/1",
                        "https://join.example.nl/zaken/api/v1/statussen/1", Instant.now()))
                .post(WEBHOOK).then().statusCode(403).body("code", equalTo("notificatie-token-ongeldig"));
        ongeldig().contentType(ContentType.JSON).body(notificatie("https://join.example.nl/zaken/api/v1/zaken/1",
                        "https://join.example.nl/zaken/api/v1/statussen/1", Instant.now()))
                .post(WEBHOOK).then().statusCode(403);
    }

    @Test
    void a_question_through_all_its_actions_reaches_join_once_per_status_rol_and_resultaat_in_order() {
        Map<String, Integer> vooraf = join().alleSchrijfacties();
        String[] vraag = vraagInJoingemeente("Lantaarnpaal Kerkstraat");
        dispatcher.verwerkAlles();
        vraagactie(vraag[0], "kernambtenaar", Map.of("actie", "doorzetten",
                "behandelaar", Map.of("naam", "Team Openbare Ruimte", "email", "or@example.nl")));
        vraagactie(vraag[0], "medewerker", Map.of("actie", "wacht-op-inwoner", "toelichting", "Welke paal precies?"));
        dispatcher.verwerkAlles();
        vraagactie(vraag[0], "medewerker", Map.of("actie", "hervatten"));
        vraagactie(vraag[0], "medewerker", Map.of("actie", "procesantwoord", "toelichting", "De monteur komt langs",
                "verwachtAntwoordOp", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString()));
        vraagactie(vraag[0], "medewerker", Map.of("actie", "beantwoorden", "toelichting", "Lamp vervangen"));
        vraagactie(vraag[0], "kernambtenaar", Map.of("actie", "sluiten", "toelichting", "Inwoner tevreden"));
        dispatcher.verwerkAlles();
        dispatcher.verwerkAlles();

        String st = NepJoinResource.ST;
        assertThat(join().zaak(vraag[1]).path("zaaktype").asText()).isEqualTo(NepJoinResource.ZAAKTYPE_VRAAG);
        assertThat(join().zaak(vraag[1]).path("omschrijving").asText()).isEqualTo("Lantaarnpaal Kerkstraat");
        assertThat(join().statustypen(vraag[1])).containsExactly(st + "ontvangen", st + "doorgezet",
                st + "wacht-op-inwoner", st + "doorgezet", st + "procesantwoord-gegeven", st + "beantwoord",
                NepJoinResource.EIND);
        assertThat(join().rollenVan(vraag[1])).singleElement().satisfies(rol -> {
            assertThat(rol.path("betrokkeneIdentificatie").path("anpIdentificatie").asText()).hasSize(17);
            assertThat(rol.path("betrokkeneIdentificatie").has("inpBsn")).as("never a BSN").isFalse();
            assertThat(rol.path("betrokkeneIdentificatie").path("geslachtsnaam").asText()).isEqualTo("Kees Jansen");
        });
        assertThat(join().resultatenVan(vraag[1])).singleElement().satisfies(r -> {
            assertThat(r.path("resultaattype").asText()).isEqualTo(NepJoinResource.RT + "gesloten");
            assertThat(r.path("toelichting").asText()).isEqualTo("Inwoner tevreden");
        });
        Map<String, Integer> na = join().alleSchrijfacties();
        assertThat(Map.of("zaken", na.getOrDefault("zaken", 0) - vooraf.getOrDefault("zaken", 0),
                "statussen", na.getOrDefault("statussen", 0) - vooraf.getOrDefault("statussen", 0),
                "rollen", na.getOrDefault("rollen", 0) - vooraf.getOrDefault("rollen", 0),
                "resultaten", na.getOrDefault("resultaten", 0) - vooraf.getOrDefault("resultaten", 0)))
                .as("each written exactly once").isEqualTo(Map.of("zaken", 1, "statussen", 7, "rollen", 1, "resultaten", 1));
        assertThat(join().weigeringen()).isEmpty();
    }

    @Test
    void a_status_set_in_join_for_a_question_goes_through_the_vraag_rules_and_a_refused_one_becomes_a_conflict() {
        String[] vraag = vraagInJoingemeente("Scheve stoeptegel");
        dispatcher.verwerkAlles();
        String zaakUrl = join().zaak(vraag[1]).path("url").asText();
        String wacht = join().zetStatusInJoin(vraag[1], NepJoinResource.ST + "wacht-op-inwoner", "Foto gevraagd");
        anoniem().header("Authorization", NepJoinResource.NOTIFICATIE_TOKEN)
                .body(notificatie(zaakUrl, wacht, Instant.now())).post(WEBHOOK).then().statusCode(204);
        notificaties.verwerk();

        assertThat(vraagstatus(vraag[0])).isEqualTo("wacht-op-inwoner");
        als(GEMEENTE, "medewerker").get(VragenApiTest.VRAGEN + "/" + vraag[0] + "/audit").then().statusCode(200)
                .body("resultaten.findAll { it.actie == 'wacht-op-inwoner' && it.door == 'zaaksysteem' }", hasSize(1));

        slaap(1_100);
        String doorgezet = join().zetStatusInJoin(vraag[1], NepJoinResource.ST + "doorgezet", "Naar de wijkploeg");
        anoniem().header("Authorization", NepJoinResource.NOTIFICATIE_TOKEN)
                .body(notificatie(zaakUrl, doorgezet, Instant.now())).post(WEBHOOK).then().statusCode(204);
        notificaties.verwerk();

        assertThat(vraagstatus(vraag[0])).as("waiting on the resident, a question only resumes or closes")
                .isEqualTo("wacht-op-inwoner");
        als(GEMEENTE, "beheerder").get(ZAAKSYSTEEM + "/conflicten").then().statusCode(200)
                .body("resultaten.findAll { it.zaakIdentificatie == '" + vraag[1] + "' }", hasSize(1))
                .body("resultaten.find { it.zaakIdentificatie == '" + vraag[1] + "' }.code",
                        equalTo("vraag-ongeldige-overgang"))
                .body("resultaten.find { it.zaakIdentificatie == '" + vraag[1] + "' }.huidigeStatus",
                        equalTo("wacht-op-inwoner"))
                .body("resultaten.find { it.zaakIdentificatie == '" + vraag[1] + "' }.gevraagdeStatus",
                        equalTo("doorgezet"));
    }
}
