package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Without any case system configured (the default): changes wait in the outbox and the stand says so. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ZaaksysteemApiTest extends ApiTestBasis {

    static final String ZAAKSYSTEEM = "/api/v1/zaaksysteem";

    static Map<String, Object> notificatie(String zaakUrl, String statusUrl, Instant aanmaakdatum) {
        return Map.of("kanaal", "zaken", "hoofdObject", zaakUrl, "resource", "status", "resourceUrl", statusUrl,
                "actie", "create", "aanmaakdatum", aanmaakdatum.toString(),
                "kenmerken", Map.of("bronorganisatie", "002220647"));
    }

    @Test
    void without_a_configured_case_system_the_stand_says_so_and_registrations_simply_wait() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ingen");
        als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Speeltuin Ingen"))
                .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201);

        als(gemeente, "beheerder").get(ZAAKSYSTEEM + "/synchronisatie").then().statusCode(200)
                .body("ingesteld", equalTo(false))
                .body("wachtend", equalTo(1))
                .body("opnieuw", equalTo(0))
                .body("geparkeerd", equalTo(0))
                .body("oudsteWachtendSeconden", greaterThanOrEqualTo(0))
                .body("laatstGelukt", nullValue())
                .body("openConflicten", equalTo(0));
        als(gemeente, "beheerder").get(ZAAKSYSTEEM + "/geparkeerde-opdrachten").then().statusCode(200)
                .body("resultaten", empty());
        als(gemeente, "beheerder").get(ZAAKSYSTEEM + "/conflicten").then().statusCode(200)
                .body("resultaten", empty());
    }

    @Test
    void only_a_beheerder_sees_the_sync_and_an_unknown_row_or_conflict_is_not_found() {
        String gemeente = nieuweGemeente();
        als(gemeente, "kernambtenaar").get(ZAAKSYSTEEM + "/synchronisatie").then().statusCode(403)
                .body("code", equalTo("rol-ontbreekt"));
        ongeldig().get(ZAAKSYSTEEM + "/synchronisatie").then().statusCode(401);
        als(gemeente, "beheerder").post(ZAAKSYSTEEM + "/geparkeerde-opdrachten/" + UUID.randomUUID() + "/opnieuw-proberen")
                .then().statusCode(404).body("code", equalTo("geparkeerde-opdracht-niet-gevonden"));
        als(gemeente, "beheerder").post(ZAAKSYSTEEM + "/conflicten/" + UUID.randomUUID() + "/oplossing")
                .then().statusCode(404).body("code", equalTo("zaakconflict-niet-gevonden"));
    }

    @Test
    void a_notification_for_a_gemeente_without_a_subscription_token_is_refused() {
        String gemeente = nieuweGemeente();
        anoniem().header("Authorization", "Bearer wat-dan-ook")
                .body(notificatie("https://join.example.nl/zaken/api/v1/zaken/1",
                        "https://join.example.nl/zaken/api/v1/statussen/1", Instant.now()))
                .post(ZAAKSYSTEEM + "/notificaties/" + gemeente)
                .then().statusCode(403).body("code", equalTo("notificatie-token-ongeldig"));
    }
}
