package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every operation that returns residents' personal data writes exactly one processing log entry
 * (docs/adr/0018): who, which gemeente, what activity under which legal basis, about which records
 * and pseudonymous data subjects; never the data itself. A refused call writes none.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class VerwerkingenlogApiTest extends ApiTestBasis {

    private static final String INITIATIEVEN = "/api/v1/initiatieven";
    private static final String VRAGEN = "/api/v1/vragen";
    private static final Map<String, Object> INWONER = Map.of("naam", "Henk Verwerkt", "email", "henk@example.nl",
            "telefoon", "06 2222 3333");

    @Inject
    DataSource database;

    private record Regel(String handeling, String activiteit, String grondslag, String gebruiker, String rollen,
                         String objecten, String betrokkenen, String alles) {
    }

    @Test
    void each_initiative_and_question_operation_with_personal_data_writes_one_entry() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Verwerkdorp");
        String[] id = new String[2];

        id[0] = een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").body(Map.of("kern", kern,
                        "titel", "Jeu de boules", "omschrijving", "Een baan voor jeu de boules bij het dorpshuis.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(INWONER)))
                .post(INITIATIEVEN).then().statusCode(201).extract().path("id"));
        String initiatief = INITIATIEVEN + "/" + id[0];
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").get(initiatief).then().statusCode(200));
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").get(INITIATIEVEN).then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Offerte", "door", "initiatiefnemers", "verantwoordelijke", "Henk Verwerkt",
                        "deadline", "2020-01-31"))
                .post(initiatief + "/afspraken").then().statusCode(200));
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").get("/api/v1/afspraken/verlopen")
                .then().statusCode(200));
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker")
                .body(Map.of("verantwoordelijke", "Henk Verwerkt")).post("/api/v1/afspraken/verlopen/_zoek")
                .then().statusCode(200).body("resultaten", hasSize(1)));
        een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").body(Map.of("op", Instant.now().toString(),
                        "kanaal", "telefoon", "samenvatting", "gebeld"))
                .post(initiatief + "/contactmomenten").then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "kernambtenaar").header("If-Match", "\"2\"")
                .body(Map.of("naar", "in-behandeling")).post(initiatief + "/statusovergangen").then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "kernambtenaar").header("If-Match", "\"3\"")
                .body(Map.of("rol", "faciliteren", "reden", "past")).put(initiatief + "/rol").then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").header("If-Match", "\"4\"")
                .body(Map.of("uitkomst", "Niets eerder", "datum", "2026-01-15"))
                .put(initiatief + "/stappen/ken-de-geschiedenis").then().statusCode(200));

        id[1] = een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").body(Map.of("kern", kern,
                        "onderwerp", "Lantaarnpaal", "tekst", "De lantaarnpaal is stuk.", "vrager", INWONER))
                .post(VRAGEN).then().statusCode(201).extract().path("id"));
        String vraag = VRAGEN + "/" + id[1];
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").get(vraag).then().statusCode(200));
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").get(VRAGEN).then().statusCode(200));
        een(gemeente, "raadplegen", () -> als(gemeente, "medewerker").body(Map.of("kern", kern))
                .post(VRAGEN + "/_zoek").then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("onderwerp", "Lantaarnpaal", "tekst", "Hij is nog steeds stuk.", "vrager", INWONER))
                .put(vraag).then().statusCode(200));
        een(gemeente, "wijzigen", () -> als(gemeente, "medewerker").header("If-Match", "\"1\"")
                .body(Map.of("actie", "beantwoorden", "toelichting", "Gemaakt.")).post(vraag + "/statusovergangen")
                .then().statusCode(200));

        // no personal data: a refused read, the audit trail and the public view write nothing
        geen(gemeente, () -> als(nieuweGemeente(), "medewerker").get(initiatief).then().statusCode(404));
        geen(gemeente, () -> als(gemeente, "medewerker").get(initiatief + "/audit").then().statusCode(200));
        // an empty list shows nobody
        geen(gemeente, () -> als(gemeente, "medewerker").get(initiatief + "/vergelijkbare").then().statusCode(200));

        List<Regel> regels = regels(gemeente);
        assertThat(regels).hasSize(16).allSatisfy(r -> {
            assertThat(r.alles()).doesNotContain("Henk", "henk@example.nl", "2222");
            assertThat(r.grondslag()).startsWith("AVG art. 6 lid 1 sub e");
            assertThat(r.betrokkenen()).isNotEqualTo("{}");
        });
        assertThat(regels.get(0).objecten()).contains(id[0]);
        assertThat(regels.get(0).activiteit()).isEqualTo("initiatieven");
        assertThat(regels.get(0).rollen()).isEqualTo("medewerker");
        assertThat(regels.get(7).rollen()).isEqualTo("kernambtenaar");
        assertThat(regels.get(10).activiteit()).isEqualTo("vragen");
        assertThat(regels.get(10).objecten()).contains(id[1]);
        // the same resident in both records has one pseudonym
        assertThat(regels.get(10).betrokkenen()).isEqualTo(regels.get(0).betrokkenen());
    }

    @Test
    void the_database_refuses_to_change_or_remove_an_entry() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Onveranderdorp");
        als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Bankje", "tekst", "Het bankje is weg.",
                "vrager", INWONER)).post(VRAGEN).then().statusCode(201);
        try (var verbinding = database.getConnection(); var opdracht = verbinding.createStatement()) {
            assertThatThrownBy(() -> opdracht.executeUpdate(
                    "update verwerking set gebruiker = 'vervalst' where gemeente = '" + gemeente + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> opdracht.executeUpdate("delete from verwerking where gemeente = '" + gemeente + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(regels(gemeente)).hasSize(1);
    }

    /** Runs the call and checks it wrote exactly one entry, with this handeling. */
    private <T> T een(String gemeente, String handeling, Supplier<T> aanroep) {
        int voor = aantal(gemeente);
        T uitkomst = aanroep.get();
        List<Regel> regels = regels(gemeente);
        assertThat(regels).hasSize(voor + 1);
        assertThat(regels.get(voor).handeling()).isEqualTo(handeling);
        return uitkomst;
    }

    private void geen(String gemeente, Runnable aanroep) {
        int voor = aantal(gemeente);
        aanroep.run();
        assertThat(aantal(gemeente)).isEqualTo(voor);
    }

    private int aantal(String gemeente) {
        return regels(gemeente).size();
    }

    private List<Regel> regels(String gemeente) {
        try (var verbinding = database.getConnection(); var opdracht = verbinding.prepareStatement("""
                select handeling, activiteit, grondslag, gebruiker, rollen, objecten::text, betrokkenen::text,
                       v::text from verwerking v where gemeente = ? order by op, id""")) {
            opdracht.setString(1, gemeente);
            List<Regel> regels = new ArrayList<>();
            try (var rijen = opdracht.executeQuery()) {
                while (rijen.next()) {
                    regels.add(new Regel(rijen.getString(1), rijen.getString(2), rijen.getString(3), rijen.getString(4),
                            rijen.getString(5), rijen.getString(6), rijen.getString(7), rijen.getString(8)));
                }
            }
            return regels;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
