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
import java.util.Map;
import nl.kernpunt.application.service.NotificatieVerwerker;
import nl.kernpunt.application.service.ZaakDispatcher;
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

    /** Registers an initiative in gemeente 0999 and returns {id, identificatie}. */
    private String[] initiatiefInJoingemeente(String titel) {
        als(GEMEENTE, "beheerder").body(Map.of("code", GEMEENTE, "naam", "Joingemeente", "rsin", NepJoinResource.RSIN))
                .post(GEMEENTEN);
        String kern = nieuweKern(GEMEENTE, "Zoelen " + System.nanoTime());
        String id = als(GEMEENTE, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, titel))
                .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201).extract().path("id");
        return new String[] {id, "KP-I-" + id.replace("-", "")};
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
}
