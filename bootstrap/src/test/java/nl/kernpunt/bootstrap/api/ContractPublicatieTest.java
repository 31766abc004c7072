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
        JsonNode gecommit;
        try (InputStream yaml = getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            gecommit = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }

        String geserveerd = given().accept("application/json").get("/api/v1/openapi.json")
                .then().statusCode(200).header("API-Version", "1.0.0")
                .extract().asString();

        assertThat(new ObjectMapper().readTree(geserveerd)).isEqualTo(gecommit);
    }
}
