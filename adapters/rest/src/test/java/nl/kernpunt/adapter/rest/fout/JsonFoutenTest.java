package nl.kernpunt.adapter.rest.fout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import nl.kernpunt.adapter.rest.json.ContractJson;
import nl.kernpunt.api.model.KernNieuw;
import nl.kernpunt.api.model.Problem;
import nl.kernpunt.api.model.RolbepalingNieuw;
import org.junit.jupiter.api.Test;

/** Each way a body can fail to read names the offending JSON, never a Java class. */
class JsonFoutenTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    JsonFoutenTest() {
        new ContractJson().customize(json);
    }

    private Problem probleem(String body) {
        JsonProcessingException fout = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, KernNieuw.class));
        assertThat(fout).as("Jackson weigert %s", body).isNotNull();
        Problem probleem = JsonFouten.probleem(fout, "/api/v1/kernen");
        assertThat(probleem.getStatus()).isEqualTo(400);
        assertThat(probleem.getDetail()).doesNotContain("Exception", "nl.kernpunt", "com.fasterxml");
        return probleem;
    }

    @Test
    void malformed_json_says_where_it_breaks() {
        Problem probleem = probleem("{\"naam\": ");

        assertThat(probleem.getCode()).isEqualTo("ongeldige-json");
        assertThat(probleem.getDetail()).contains("regel 1, kolom");
        assertThat(probleem.getType()).isEqualTo("https://kernpunt.example.nl/problemen/ongeldige-json");
        assertThat(probleem.getInstance()).isEqualTo("/api/v1/kernen");
    }

    @Test
    void an_unknown_field_is_named_by_its_path() {
        Problem probleem = probleem("{\"naam\":\"Asch\",\"kernambtenaar\":{\"naam\":\"A\",\"mobiel\":\"06\"}}");

        assertThat(probleem.getCode()).isEqualTo("onbekend-veld");
        assertThat(probleem.getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("kernambtenaar.mobiel"));
        assertThat(probleem.getDetail()).contains("telefoon");
    }

    @Test
    void an_unknown_enum_value_lists_the_allowed_values() {
        Problem probleem = probleem("{\"naam\":\"Asch\",\"communicatiekanalen\":[{\"type\":\"duif\",\"naam\":\"Post\"}]}");

        assertThat(probleem.getCode()).isEqualTo("ongeldige-waarde");
        assertThat(probleem.getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("communicatiekanalen[0].type"));
        assertThat(probleem.getDetail()).contains("whatsapp-groep", "lichtkrant");
    }

    @Test
    void a_value_of_the_wrong_type_names_the_expected_type() {
        assertThat(probleem("{\"naam\":{\"a\":1}}").getDetail()).isEqualTo("naam moet tekst zijn.");
        assertThat(probleem("{\"naam\":\"Asch\",\"communicatiekanalen\":[{\"type\":\"website\",\"naam\":\"W\",\"bereik\":\"veel\"}]}")
                .getInvalidParams()).singleElement()
                .satisfies(param -> {
                    assertThat(param.getName()).isEqualTo("communicatiekanalen[0].bereik");
                    assertThat(param.getReason()).endsWith("moet een getal zijn");
                });
        assertThat(probleem("{\"naam\":\"Asch\",\"dorpsbelangenorganisaties\":[{\"naam\":\"D\",\"convenantStatus\":\"geen\","
                + "\"convenantDatum\":\"15-11-2020\"}]}").getDetail()).contains("jjjj-mm-dd");
    }

    @Test
    void a_body_that_is_no_object_is_named_body() {
        Problem probleem = probleem("[]");

        assertThat(probleem.getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("body"));
        assertThat(probleem.getDetail()).isEqualTo("body moet een object zijn.");
    }

    @Test
    void text_after_the_json_document_is_refused_not_ignored() {
        for (String body : new String[] {"{\"naam\":\"Asch\"}}", "{\"naam\":\"Asch\"} {\"naam\":\"Buren\"}", "{\"naam\":\"Asch\"}x"}) {
            Problem probleem = probleem(body);

            assertThat(probleem.getCode()).as(body).isEqualTo("ongeldige-json");
            assertThat(probleem.getInvalidParams()).as(body).singleElement()
                    .satisfies(param -> assertThat(param.getName()).isEqualTo("body"));
        }
        assertThat(probleem("{\"naam\":\"Asch\"} {\"naam\":\"Buren\"}").getDetail())
                .startsWith("Na het JSON-document volgt nog tekst (regel 1, kolom");
    }

    @Test
    void a_name_given_twice_is_refused_and_named_not_silently_the_last_one_kept() {
        Problem probleem = probleem("{\"naam\":\"Asch\",\"kernambtenaar\":{\"naam\":\"A\",\"naam\":\"B\"}}");

        assertThat(probleem.getCode()).isEqualTo("ongeldige-json");
        assertThat(probleem.getDetail()).startsWith("Een veld komt twee keer voor (bij kernambtenaar.naam)");
        assertThat(probleem.getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("kernambtenaar.naam"));
    }

    @Test
    void a_syntax_error_inside_a_field_names_that_field() {
        assertThat(probleem("{\"naam\":\"Asch\",\"communicatiekanalen\":[{\"type\":\"website\",\"bereik\":NaN}]}")
                .getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("communicatiekanalen[0].bereik"));
        assertThat(probleem("naam=Asch").getInvalidParams()).singleElement()
                .satisfies(param -> assertThat(param.getName()).isEqualTo("body"));
    }

    @Test
    void a_name_with_a_byte_that_is_no_utf8_never_passes_for_a_known_field() throws Exception {
        json.readValue("{\"rol\":\"loslaten\",\"reden\":\"past niet\"}".getBytes(StandardCharsets.UTF_8), RolbepalingNieuw.class);
        byte[] body = "{\"?rol\":\"coproduceren\",\"reden\":\"x\"}".getBytes(StandardCharsets.US_ASCII);
        body[2] = (byte) 0xFF;

        JsonProcessingException fout = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, RolbepalingNieuw.class));

        assertThat(fout).as("Jackson las \\xFFrol als rol").isNotNull();
        assertThat(JsonFouten.probleem(fout, "/api/v1/initiatieven").getCode()).isEqualTo("onbekend-veld");
    }

    @Test
    void a_missing_required_field_is_left_to_bean_validation_so_every_one_is_reported() throws Exception {
        KernNieuw kern = json.readValue("{\"gebied\":\"Maurik e.o.\",\"kernambtenaar\":{\"email\":\"a@b.nl\"}}", KernNieuw.class);

        assertThat(kern.getNaam()).isNull();
        assertThat(kern.getKernambtenaar().getNaam()).isNull();
    }
}
