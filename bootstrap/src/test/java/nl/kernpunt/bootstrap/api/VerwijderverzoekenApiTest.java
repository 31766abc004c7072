package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** AVG art. 17: one person erased at once from every record, the records kept, the act logged, idempotent. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerwijderverzoekenApiTest extends ApiTestBasis {

    private static final String VERWIJDER = "/api/v1/verwijderverzoeken";
    private static final Map<String, Object> INWONER = Map.of("naam", "Wim Wisser", "email", "wim.wisser@example.nl",
            "telefoon", "06 5555 6666");
    private static final Map<String, Object> BUURVROUW = Map.of("naam", "Els Blijft", "email", "els@example.nl");

    @Inject
    DataSource database;

    @Test
    void the_person_is_erased_from_initiative_agreement_and_question_and_a_second_request_erases_nothing()
            throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Wisdorp");
        Response aangemaakt = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Speeltuin",
                        "omschrijving", "Een speeltuin bij het dorpshuis.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(INWONER, BUURVROUW)))
                .post("/api/v1/initiatieven");
        String initiatief = "/api/v1/initiatieven/" + aangemaakt.path("id");
        String referentie = aangemaakt.path("referentie");
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Offerte", "door", "initiatiefnemers", "verantwoordelijke", "Wim Wisser",
                        "deadline", "2099-01-31"))
                .post(initiatief + "/afspraken").then().statusCode(200);
        als(gemeente, "kernambtenaar").header("If-Match", "\"1\"").body(Map.of("naar", "ingetrokken"))
                .post(initiatief + "/statusovergangen").then().statusCode(200);
        String vraag = "/api/v1/vragen/" + als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Bank",
                        "tekst", "De bank is kapot.", "vrager", Map.of("naam", "W. Wisser", "telefoon", "0655556666")))
                .post("/api/v1/vragen").then().statusCode(201).extract().path("id");

        als(gemeente, "beheerder").body(Map.of("email", "wim.wisser@example.nl", "telefoon", "06 5555 6666",
                        "naam", "Wim Wisser", "reden", "Verzoek van betrokkene, AVG art. 17"))
                .post(VERWIJDER).then().statusCode(200)
                .body("initiatieven", equalTo(1)).body("vragen", equalTo(1));

        // closed, and still changed: the marker in his place, the neighbour kept, a new version
        als(gemeente, "medewerker").get(initiatief).then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("ingetrokken"))
                .body("betrokkenen.naam", equalTo(List.of("[verwijderd]", "Els Blijft")))
                .body("betrokkenen[0].email", org.hamcrest.Matchers.nullValue())
                .body("afspraken[0].verantwoordelijke", equalTo("[verwijderd]"));
        als(gemeente, "medewerker").get(vraag).then().statusCode(200)
                .header("ETag", "\"1\"").body("vrager.naam", equalTo("[verwijderd]"));
        anoniem().get("/api/v1/openbaar/initiatieven/" + referentie).then().statusCode(200);
        als(gemeente, "medewerker").get(initiatief + "/audit").then().statusCode(200)
                .body("resultaten.findAll { it.actie == 'persoonsgegevens-verwijderd' }", hasSize(1))
                .body("resultaten.findAll { it.actie == 'persoonsgegevens-verwijderd' }[0].gegevens.reden",
                        equalTo("Verzoek van betrokkene, AVG art. 17"));

        als(gemeente, "beheerder").body(Map.of("email", "wim.wisser@example.nl", "reden", "nogmaals"))
                .post(VERWIJDER).then().statusCode(200)
                .body("initiatieven", equalTo(0)).body("vragen", equalTo(0));
        als(gemeente, "beheerder").body(Map.of("email", "wim.wisser@example.nl")).post("/api/v1/inzageverzoeken")
                .then().statusCode(200).body("initiatieven", hasSize(0)).body("vragen", hasSize(0));

        try (var verbinding = database.getConnection(); var opdracht = verbinding.prepareStatement("""
                select handeling, objectsoort, v::text from verwerking v
                where gemeente = ? and activiteit = 'verwijderverzoeken' order by objectsoort""")) {
            opdracht.setString(1, gemeente);
            try (var rijen = opdracht.executeQuery()) {
                assertThat(rijen.next()).isTrue();
                assertThat(rijen.getString(1)).isEqualTo("verwijderen");
                assertThat(rijen.getString(2)).isEqualTo("initiatief");
                assertThat(rijen.getString(3)).doesNotContain("Wim", "example.nl", "5555");
                assertThat(rijen.next()).isTrue();
                assertThat(rijen.getString(2)).isEqualTo("vraag");
                assertThat(rijen.next()).isFalse();
            }
        }
        // the registrations still waiting for Join were placed with his name and no longer carry it
        try (var verbinding = database.getConnection(); var opdracht = verbinding.prepareStatement("""
                select toestand, initiator from zaak_outbox where gemeente = ? and opdracht = 'registreer'""")) {
            opdracht.setString(1, gemeente);
            try (var rijen = opdracht.executeQuery()) {
                for (int i = 0; i < 2; i++) {
                    assertThat(rijen.next()).isTrue();
                    assertThat(rijen.getString(1)).isEqualTo("wachtend");
                    assertThat(rijen.getString(2)).isEqualTo("[verwijderd]");
                }
                assertThat(rijen.next()).isFalse();
            }
        }
    }

    @Test
    void only_the_beheerder_erases_and_a_reason_is_required() {
        String gemeente = nieuweGemeente();

        als(gemeente, "kernambtenaar").body(Map.of("email", "wie@example.nl", "reden", "verzoek")).post(VERWIJDER)
                .then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
        als(gemeente, "beheerder").body(Map.of("email", "niemand@example.nl", "reden", "verzoek")).post(VERWIJDER)
                .then().statusCode(200).body("initiatieven", equalTo(0)).body("vragen", equalTo(0));
        ongeldig().contentType("application/json")
                .header("Authorization", "Bearer " + nl.kernpunt.bootstrap.testsupport.TestTokens.voor(gemeente, "beheerder"))
                .body(Map.of("email", "wie@example.nl")).post(VERWIJDER).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
    }
}
