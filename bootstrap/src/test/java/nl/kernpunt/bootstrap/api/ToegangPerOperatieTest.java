package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.bootstrap.api.ContractOperaties.Operatie;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The one role rule, held against the contract: every operation the contract does not open to
 * anonymous callers answers 401 without a token and 403 to a valid token without any of our roles,
 * before it reads any input; and a public read gives such a token the public representation only.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ToegangPerOperatieTest extends ApiTestBasis {

    private static final String EEN_ID = "8d2f7a34-5c1e-4f0a-9b3d-2e6c1a7f9b40";

    @Test
    void elkePersoneelsoperatieWeigertZonderTokenEnZonderRol() {
        String gemeente = nieuweGemeente();
        RuweHttp http = new RuweHttp(RestAssured.port);
        List<String> fouten = new ArrayList<>();
        int personeel = 0;
        for (Operatie operatie : ContractOperaties.alle()) {
            if (operatie.openbaar() || operatie.eigenToken()) {
                continue;
            }
            personeel++;
            String doel = "/api/v1" + operatie.pad().replaceAll("\\{gemeentecode}", gemeente).replaceAll("\\{[^}]+}", EEN_ID);
            // a body the operation cannot accept: the refusal must come before the input is read
            byte[] body = operatie.body() == null ? null : "{\"onzin\":".getBytes();
            verwacht(http, operatie, doel, body, null, 401, "niet-geauthenticeerd", fouten);
            verwacht(http, operatie, doel, body, TestTokens.voor(gemeente), 403, "rol-ontbreekt", fouten);
            verwacht(http, operatie, doel, body, TestTokens.voor(gemeente, "burgemeester", "offline_access"), 403,
                    "rol-ontbreekt", fouten);
        }
        assertThat(personeel).as("personeelsoperaties in het contract").isGreaterThan(60);
        assertThat(fouten).isEmpty();
    }

    @Test
    void eenTokenZonderRolLeestOpenbaarWatIedereenLeest() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Rolloos");
        String zonderRol = TestTokens.voor(gemeente);
        for (String pad : List.of(KERNEN + "/" + kern, KERNEN + "?gemeente=" + gemeente, GEMEENTEN + "/" + gemeente)) {
            String anoniem = anoniem().get(pad).then().statusCode(200).extract().asString();
            String metToken = anoniem().header("Authorization", "Bearer " + zonderRol).get(pad).then().statusCode(200)
                    .extract().asString();
            assertThat(metToken).as(pad).isEqualTo(anoniem);
        }
        String personeel = als(gemeente, "medewerker").get(KERNEN + "/" + kern).then().statusCode(200).extract().asString();
        assertThat(personeel).as("de eigen medewerker ziet meer dan het publiek").contains("dorpsbelangenorganisaties");
        assertThat(anoniem().get(KERNEN + "/" + kern).then().extract().asString()).doesNotContain("dorpsbelangenorganisaties");
    }

    private static void verwacht(RuweHttp http, Operatie operatie, String doel, byte[] body, String token, int status,
                                 String code, List<String> fouten) {
        Map<String, String> headers = new LinkedHashMap<>();
        // any: some operations answer 204 and refuse Accept: application/json with 406 before the role check
        headers.put("Accept", "*/*");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        RuweHttp.Antwoord antwoord = http.stuur(operatie.methode(), doel, headers, body);
        if (antwoord.status() != status || !antwoord.body().contains("\"code\":\"" + code + "\"")) {
            fouten.add(operatie + (token == null ? " zonder token" : " met token") + ": " + antwoord.status() + " "
                    + RuweHttp.afgekort(antwoord.body()));
        }
    }
}
