package nl.kernpunt.bootstrap.api;

import static nl.kernpunt.bootstrap.api.ParticipatietrajectenApiTest.TRAJECTEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 9, seed 000 §3.3.6 (communicatie: inwoners missen "dat de gemeente vanuit henzelf
 * contact opneemt"): a running traject whose participants heard nothing beyond the gemeente's
 * threshold is stil, shown and filterable as for initiatives, until a contact is recorded.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TrajectstilteApiTest extends ApiTestBasis {

    @Inject
    DataSource database;

    @Test
    void seed_000_a_running_traject_without_contact_with_its_participants_is_stil_until_a_contact_is_recorded()
            throws SQLException {
        String gemeente = nieuweGemeente();
        String stil = gestartTraject(gemeente, "Herinrichting Steenweg");
        String voorbereiding = traject(gemeente, "Warmteplan");
        participatieGestartSinds(UUID.fromString(stil), 40);

        als(gemeente, "medewerker").get(TRAJECTEN + "/" + stil).then().statusCode(200)
                .body("stil", equalTo(true)).body("contactmomenten", hasSize(0));
        als(gemeente, "medewerker").get(TRAJECTEN + "?stil=true").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(stil)));
        als(gemeente, "medewerker").get(TRAJECTEN + "?stil=false").then().statusCode(200)
                .body("resultaten.id", equalTo(List.of(voorbereiding)))
                .body("resultaten[0].stil", equalTo(false));

        String gisteren = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        als(gemeente, "medewerker").body(Map.of("op", gisteren, "kanaal", "gesprek",
                        "samenvatting", "Kerngroep bijgepraat over de planning"))
                .post(TRAJECTEN + "/" + stil + "/contactmomenten").then().statusCode(200)
                .body("stil", equalTo(false))
                .body("contactmomenten[0].kanaal", equalTo("gesprek"));
        als(gemeente, "medewerker").get(TRAJECTEN + "?stil=true").then().body("resultaten", hasSize(0));
        als(gemeente, "medewerker").get(TRAJECTEN + "/" + stil + "/audit").then()
                .body("resultaten[-1].actie", equalTo("contactmoment-vastgelegd"));
    }

    @Test
    void a_contact_in_the_future_or_on_a_closed_traject_is_refused() {
        String gemeente = nieuweGemeente();
        String id = traject(gemeente, "Dorpshuis");

        als(gemeente, "medewerker").body(Map.of("op", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                        "kanaal", "email", "samenvatting", "x"))
                .post(TRAJECTEN + "/" + id + "/contactmomenten").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("op"))
                .body("invalidParams[0].code", equalTo("in-de-toekomst"));
    }

    private String traject(String gemeente, String onderwerp) {
        return als(gemeente, "medewerker").body(Map.of("onderwerp", onderwerp, "gemeentebreed", true, "kernen", List.of(),
                        "eigenaar", Map.of("naam", "Lotte Bakker"), "kernambtenaren", List.of(), "groot", false))
                .post(TRAJECTEN).then().statusCode(201).extract().path("id");
    }

    private String gestartTraject(String gemeente, String onderwerp) {
        String id = traject(gemeente, onderwerp);
        stap(gemeente, id, "afweging", Map.of("ruimteVoorParticipatie", "Ontwerp ligt open", "geschiktheid",
                "Direct belang", "doel", "beide", "participatieGewenst", true, "motivering", "Draagvlak"));
        stap(gemeente, id, "betrokkenen", Map.of("actoren", List.of(Map.of("naam", "Dorpsbelang", "belang", "veiligheid",
                "invloed", "groot")), "rolGemeenteraad", "Stelt krediet beschikbaar", "ontbrekendeGroepen", List.of()));
        stap(gemeente, id, "niveau", Map.of("niveau", "raadplegen", "gebruikUitkomst", "Input voor het ontwerp"));
        stap(gemeente, id, "communicatieplan", Map.of("kernboodschappen", List.of("Denk mee"), "mijlpalen", List.of()));
        als(gemeente, "medewerker").header("If-Match", etag(gemeente, id))
                .post(TRAJECTEN + "/" + id + "/start-participatie").then().statusCode(200).body("stil", equalTo(false));
        return id;
    }

    private void stap(String gemeente, String id, String stap, Map<String, Object> body) {
        als(gemeente, "medewerker").header("If-Match", etag(gemeente, id)).body(body)
                .put(TRAJECTEN + "/" + id + "/stappen/" + stap).then().statusCode(200);
    }

    private String etag(String gemeente, String id) {
        return als(gemeente, "medewerker").get(TRAJECTEN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Moves creation and start back in time, as no request can: silence needs days to pass. */
    private void participatieGestartSinds(UUID traject, int dagen) throws SQLException {
        try (Connection verbinding = database.getConnection();
             PreparedStatement opdracht = verbinding.prepareStatement("update participatietraject set "
                     + "aangemaakt_op = now() - make_interval(days => ?), participatie_gestart_op = now() - "
                     + "make_interval(days => ?), stil_sinds = now() - make_interval(days => ?) where id = ?")) {
            opdracht.setInt(1, dagen + 1);
            opdracht.setInt(2, dagen);
            opdracht.setInt(3, dagen);
            opdracht.setObject(4, traject);
            opdracht.executeUpdate();
        }
    }
}
