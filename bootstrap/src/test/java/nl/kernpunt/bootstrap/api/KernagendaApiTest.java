package nl.kernpunt.bootstrap.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class KernagendaApiTest extends ApiTestBasis {

    private static Map<String, Object> thema(String titel, Object... koppelingen) {
        return Map.of("titel", titel, "prioriteit", "hoog", "eigenaar", "Dorpsraad Zoelen", "status", "in-uitvoering",
                "koppelingen", List.of(koppelingen));
    }

    private static Map<String, Object> themas(Object... themas) {
        return Map.of("themas", List.of(themas));
    }

    private static Map<String, Object> feit(String sleutel, String waarde) {
        return Map.of("sleutel", sleutel, "waarde", waarde, "bron", "CBS Kerncijfers", "peildatum", "2025-01-01");
    }

    @Test
    void a_kern_without_agenda_reads_empty_at_version_0_and_the_first_write_moves_it_to_1() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String pad = KERNEN + "/" + kern + "/kernagenda";

        als(gemeente, "medewerker").get(pad).then().statusCode(200).header("ETag", "\"0\"")
                .body("themas", empty()).body("heeftAgenda", equalTo(false));

        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(themas(thema("Toekomst dorpshuis"))).put(pad)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("themas.titel", contains("Toekomst dorpshuis")).body("heeftAgenda", equalTo(true))
                .body("gewijzigdOp", notNullValue());
        // a second client that still holds ETag "0" would overwrite the first write: refused
        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(themas(thema("Verkeer"))).put(pad)
                .then().statusCode(412).body("code", equalTo("versie-verouderd"));
        als(gemeente, "medewerker").get(pad + "/audit").then().statusCode(200)
                .body("resultaten.actie", contains("themas-vastgesteld"));
    }

    @Test
    void the_canvas_shares_the_agendas_version() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Tricht");

        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("feiten", List.of(feit("inwoners", "2.750"), feit("basisschool", "ja"))))
                .put(KERNEN + "/" + kern + "/kerncanvas")
                .then().statusCode(200).header("ETag", "\"1\"").body("feiten.sleutel", contains("inwoners", "basisschool"));
        als(gemeente, "medewerker").get(KERNEN + "/" + kern + "/kernagenda").then().statusCode(200)
                .header("ETag", "\"1\"").body("heeftAgenda", equalTo(false));
    }

    @Test
    void a_duplicate_key_or_an_unknown_link_is_400_naming_the_field_and_writes_need_if_match() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String pad = KERNEN + "/" + kern + "/kernagenda";

        als(gemeente, "medewerker").header("If-Match", "\"0\"").body(themas(thema("Groen"), thema("groen"))).put(pad)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("themas[1]"))
                .body("invalidParams[0].code", equalTo("dubbel"));
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(themas(thema("Groen", Map.of("soort", "initiatief", "id", UUID.randomUUID().toString())))).put(pad)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("themas[0].koppelingen"))
                .body("invalidParams[0].code", equalTo("koppeling-onbekend"));
        als(gemeente, "medewerker").body(themas(thema("Groen"))).put(pad)
                .then().statusCode(428);
        // a failed first write left nothing behind
        als(gemeente, "medewerker").get(pad).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void a_kern_of_another_gemeente_is_404_and_anonymous_is_401() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");

        als(nieuweGemeente(), "beheerder").get(KERNEN + "/" + kern + "/kernagenda").then().statusCode(404)
                .body("code", equalTo("kern-niet-gevonden"));
        als(nieuweGemeente(), "beheerder").header("If-Match", "\"0\"").body(Map.of("feiten", List.of()))
                .put(KERNEN + "/" + kern + "/kerncanvas").then().statusCode(404);
        ongeldig().get(KERNEN + "/" + kern + "/kerncanvas").then().statusCode(401);
    }
}
