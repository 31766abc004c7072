package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.InitiatievenApiTest.INITIATIEVEN;
import static nl.kernpunt.bootstrap.api.InitiatievenApiTest.initiatiefNieuw;
import static nl.kernpunt.bootstrap.api.VragenApiTest.VRAGEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7, seed 001: "Dat de gemaakte afspraken ook nagekomen worden. Zeker als er dan ook
 * nog wisselingen zijn bij de ambtenaren." A kernambtenaar's handover takes the kern's open work
 * along: nothing stays on the predecessor's list.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class OverdrachtApiTest extends ApiTestBasis {

    @Inject
    DataSource database;

    @Test
    void seed_001_at_a_handover_open_questions_agreements_and_silent_initiatives_go_to_the_successor()
            throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Herpt");
        String vraag = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Bankje bij de kerk",
                        "tekst", "Kan er een bankje komen?", "vrager", Map.of("naam", "Mevrouw Van Rijn")))
                .post(VRAGEN).then().statusCode(201).body("kernambtenaar.naam", equalTo("Fatima Amrani"))
                .extract().path("id");
        String lopend = als(gemeente, "medewerker").body(initiatiefNieuw(kern, "Dorpsfeest")).post(INITIATIEVEN)
                .then().statusCode(201).extract().path("id");
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Vergunning aanvragen", "door", "gemeente", "verantwoordelijke", "Fatima Amrani",
                        "deadline", "2030-01-31"))
                .post(INITIATIEVEN + "/" + lopend + "/afspraken").then().statusCode(200);
        String stil = als(gemeente, "medewerker").body(initiatiefNieuw(kern, "Speeltuin")).post(INITIATIEVEN)
                .then().statusCode(201).extract().path("id");
        zonderContactSinds(database, UUID.fromString(stil), 40);
        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + stil).then().body("stil", equalTo(true));

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("opvolger", Map.of("naam", "Pieter de Wit", "email", "p.dewit@example.nl"),
                        "notitie", "Lopend: bankje, dorpsfeest"))
                .put(KERNEN + "/" + kern + "/kernambtenaar").then().statusCode(200);

        als(gemeente, "medewerker").body(Map.of("persoon", "Fatima Amrani")).post(VRAGEN + "/_zoek").then()
                .body("resultaten", hasSize(0));
        als(gemeente, "medewerker").body(Map.of("persoon", "Pieter de Wit")).post(VRAGEN + "/_zoek").then()
                .body("resultaten.id", equalTo(List.of(vraag)));
        als(gemeente, "medewerker").get(VRAGEN + "/" + vraag + "/audit").then().statusCode(200)
                .body("resultaten[-1].actie", equalTo("kernambtenaar-overgedragen"))
                .body("resultaten[-1].gegevens", equalTo(Map.of("functie", "kernambtenaar")));

        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + lopend).then().statusCode(200)
                .body("afspraken[0].verantwoordelijke", equalTo("Pieter de Wit"));
        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + lopend + "/audit").then()
                .body("resultaten[-1].actie", equalTo("afspraak-overgedragen"))
                .body("resultaten[-1].gegevens.functie", equalTo("kernambtenaar"));

        als(gemeente, "medewerker").get(INITIATIEVEN + "/" + stil).then().statusCode(200)
                .body("stil", equalTo(true))
                .body("afspraken", hasSize(1))
                .body("afspraken[0].verantwoordelijke", equalTo("Pieter de Wit"))
                .body("afspraken[0].door", equalTo("gemeente"));
    }

    /** Moves the registration back in time, as no request can: silence needs days to pass (also KernmaatwerkApiTest). */
    static void zonderContactSinds(DataSource database, UUID initiatief, int dagen) throws SQLException {
        try (Connection verbinding = database.getConnection();
             PreparedStatement opdracht = verbinding.prepareStatement("update initiatief set aangemaakt_op = now() - "
                     + "make_interval(days => ?), laatste_contact_op = now() - make_interval(days => ?) where id = ?")) {
            opdracht.setInt(1, dagen);
            opdracht.setInt(2, dagen);
            opdracht.setObject(3, initiatief);
            opdracht.executeUpdate();
        }
    }
}
