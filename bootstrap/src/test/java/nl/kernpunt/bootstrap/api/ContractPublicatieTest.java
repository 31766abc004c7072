package nl.kernpunt.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ContractPublicatieTest {

    @Test
    void the_served_openapi_json_is_the_committed_contract() throws Exception {
        String geserveerd = given().accept("application/json").get("/api/v1/openapi.json")
                .then().statusCode(200).header("API-Version", "1.0.0").contentType("application/json")
                .extract().asString();

        assertThat(new ObjectMapper().readTree(geserveerd)).isEqualTo(gecommit());
    }

    @Test
    void every_other_form_of_the_document_is_the_committed_contract_too() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String pad : new String[] {"/api/v1/openapi.yaml", "/api/v1/openapi.yml", "/api/v1/openapi"}) {
            String geserveerd = given().get(pad).then().statusCode(200).contentType("application/yaml")
                    .extract().asString();
            assertThat(yaml.readTree(geserveerd)).as(pad).isEqualTo(gecommit());
        }
        // what Swagger UI asks for: the path without extension, in JSON
        String json = given().accept("application/json").get("/api/v1/openapi")
                .then().statusCode(200).contentType("application/json").extract().asString();
        assertThat(new ObjectMapper().readTree(json)).isEqualTo(gecommit());
    }

    private JsonNode gecommit() throws Exception {
        try (InputStream yaml = getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }
    }
}
