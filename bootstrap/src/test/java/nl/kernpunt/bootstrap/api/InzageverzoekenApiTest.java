package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** AVG art. 15: everything on one person, found by e-mail, phone or name, as JSON or text, and logged. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class InzageverzoekenApiTest extends ApiTestBasis {

    private static final String INZAGE = "/api/v1/inzageverzoeken";
    private static final Map<String, Object> INWONER = Map.of("naam", "Ria Inzage", "email", "ria.inzage@example.nl",
            "telefoon", "06 3333 4444");
    private static final Map<String, Object> BUURMAN = Map.of("naam", "Kees Buurman", "email", "kees@example.nl");

    @Inject
    DataSource database;

    /** A gemeente where Ria started an initiative with Kees, is named in one of its agreements and asked a question. */
    private String gemeenteMetRia() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Inzagedorp");
        String initiatief = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Moestuin",
                        "omschrijving", "Een moestuin achter de school.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(INWONER, BUURMAN)))
                .post("/api/v1/initiatieven").then().statusCode(201).extract().path("id");
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Zaden kopen", "door", "initiatiefnemers", "verantwoordelijke", "ria  INZAGE",
                        "deadline", "2099-01-31"))
                .post("/api/v1/initiatieven/" + initiatief + "/afspraken").then().statusCode(200);
        als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Hek", "tekst", "Het hek is kapot.",
                        "vrager", Map.of("naam", "R. Inzage", "email", "RIA.Inzage@example.nl", "telefoon", "0633334444")))
                .post("/api/v1/vragen").then().statusCode(201);
        return gemeente;
    }

    @Test
    void the_beheerder_finds_the_initiative_and_question_by_email_phone_or_name_with_the_log_entries() {
        String gemeente = gemeenteMetRia();

        for (Map<String, Object> kenmerk : List.<Map<String, Object>>of(Map.of("email", "Ria.Inzage@EXAMPLE.nl"),
                Map.of("telefoon", "06-3333 4444"))) {
            als(gemeente, "beheerder").body(kenmerk).post(INZAGE).then().statusCode(200)
                    .body("initiatieven", hasSize(1))
                    .body("initiatieven[0].betrokkenen[0].naam", equalTo("Ria Inzage"))
                    .body("initiatieven[0].afspraken[0].verantwoordelijke", equalTo("ria  INZAGE"))
                    .body("vragen", hasSize(1))
                    .body("vragen[0].vrager.naam", equalTo("R. Inzage"))
                    // registering both records, reading the new agreement's initiative, and earlier requests
                    .body("verwerkingen.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                    .body("verwerkingen.objectsoort", org.hamcrest.Matchers.hasItems("initiatief", "vraag"))
                    .body("verwerkingen.grondslag", everyItem(containsString("AVG")));
        }
        // by name: the initiative (initiator and agreement), not the question asked as "R. Inzage"
        als(gemeente, "beheerder").body(Map.of("naam", "ria inzage")).post(INZAGE).then().statusCode(200)
                .body("initiatieven", hasSize(1)).body("vragen", hasSize(0));
    }

    @Test
    void the_readable_form_says_the_same_in_text() {
        String gemeente = gemeenteMetRia();

        String tekst = als(gemeente, "beheerder").accept("text/plain").body(Map.of("email", "ria.inzage@example.nl"))
                .post(INZAGE).then().statusCode(200).contentType(containsString("text/plain"))
                .extract().asString();

        assertThat(tekst).startsWith("Inzage in persoonsgegevens").contains("Ria Inzage", "Moestuin", "Hek",
                "verwerkingen (", "grondslag: AVG");
    }

    @Test
    void an_unknown_person_or_another_gemeente_is_an_empty_answer_and_only_the_beheerder_may_ask() {
        String gemeente = gemeenteMetRia();

        als(gemeente, "beheerder").body(Map.of("email", "niemand@example.nl")).post(INZAGE).then().statusCode(200)
                .body("initiatieven", hasSize(0)).body("vragen", hasSize(0)).body("verwerkingen", hasSize(0));
        als(nieuweGemeente(), "beheerder").body(Map.of("email", "ria.inzage@example.nl")).post(INZAGE).then()
                .statusCode(200).body("initiatieven", hasSize(0)).body("verwerkingen", hasSize(0));
        als(gemeente, "kernambtenaar").body(Map.of("email", "ria.inzage@example.nl")).post(INZAGE).then()
                .statusCode(403).body("code", equalTo("rol-ontbreekt"));
        ongeldig().contentType("application/json")
                .header("Authorization", "Bearer " + nl.kernpunt.bootstrap.testsupport.TestTokens.voor(gemeente, "beheerder"))
                .body(Map.of()).post(INZAGE).then().statusCode(400)
                .body("invalidParams[0].name", not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void the_export_is_itself_in_the_processing_log() throws SQLException {
        String gemeente = gemeenteMetRia();

        als(gemeente, "beheerder").body(Map.of("email", "ria.inzage@example.nl")).post(INZAGE).then().statusCode(200);

        try (var verbinding = database.getConnection(); var opdracht = verbinding.prepareStatement(
                "select objectsoort, rollen, v::text from verwerking v where gemeente = ? and activiteit = 'inzageverzoeken'")) {
            opdracht.setString(1, gemeente);
            try (var rijen = opdracht.executeQuery()) {
                int aantal = 0;
                while (rijen.next()) {
                    aantal++;
                    assertThat(rijen.getString(2)).isEqualTo("beheerder");
                    assertThat(rijen.getString(3)).doesNotContain("Ria", "example.nl", "3333");
                }
                // one per kind of record: the initiative and the question
                assertThat(aantal).isEqualTo(2);
            }
        }
    }
}
