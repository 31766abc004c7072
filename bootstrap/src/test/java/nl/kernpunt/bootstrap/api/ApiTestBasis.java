package nl.kernpunt.bootstrap.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.kernpunt.bootstrap.testsupport.TestTokens;

/** Shared steps of the HTTP tests; every request and response is checked against the contract. */
public abstract class ApiTestBasis {

    static final String GEMEENTEN = "/api/v1/gemeenten";
    static final String KERNEN = "/api/v1/kernen";

    RequestSpecification anoniem() {
        return given().filter(ContractValidatie.VERZOEK_EN_ANTWOORD).contentType(ContentType.JSON);
    }

    protected RequestSpecification als(String gemeente, String... rollen) {
        return anoniem().header("Authorization", "Bearer " + TestTokens.voor(gemeente, rollen));
    }

    /** For requests that break the contract on purpose: only the answer is validated. */
    protected RequestSpecification ongeldig() {
        return given().filter(ContractValidatie.ALLEEN_ANTWOORD);
    }

    /** For requests to routes or methods the contract does not have, so nothing to validate against. */
    RequestSpecification buitenContract() {
        return given();
    }

    /** Registers a gemeente with a code no other test uses and returns that code. */
    protected String nieuweGemeente() {
        while (true) {
            // 9800-9999 stay free for classes that create a gemeente by a fixed code (Proefgegevens)
            String code = String.valueOf(ThreadLocalRandom.current().nextInt(2000, 9800));
            int status = als(code, "beheerder")
                    .body(Map.of("code", code, "naam", "Testgemeente " + code, "rsin", "001000007"))
                    .post(GEMEENTEN).statusCode();
            if (status == 201) {
                return code;
            }
        }
    }

    /** Creates a kern as beheerder of the gemeente and returns its id. */
    String nieuweKern(String gemeente, String naam) {
        return als(gemeente, "beheerder")
                .body(kernNieuw(naam))
                .post(KERNEN)
                .then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> kernNieuw(String naam) {
        return Map.of(
                "naam", naam,
                "gebied", "Maurik e.o.",
                "kernambtenaar", Map.of("naam", "Fatima Amrani", "email", "f.amrani@buren.nl", "telefoon", "0344 579 203"),
                "kernwethouder", Map.of("naam", "Wethouder Smits"),
                "uitrolfase", "starten",
                "dorpsbelangenorganisaties", java.util.List.of(Map.of("naam", "Stichting Dorpsraad " + naam,
                        "convenantDatum", "2020-11-15", "convenantStatus", "afgesloten")),
                "communicatiekanalen", java.util.List.of(Map.of("type", "whatsapp-groep", "naam", "Buurtapp " + naam, "bereik", 180)));
    }

    static Map<String, Object> kernWijziging(String naam) {
        return Map.of(
                "naam", naam,
                "gebied", "Maurik e.o.",
                "uitrolfase", "uitvoeren",
                "dorpsbelangenorganisaties", java.util.List.of(),
                "communicatiekanalen", java.util.List.of(Map.of("type", "lichtkrant", "naam", "Lichtkrant " + naam)));
    }

    String etagVan(String gemeente, String kernId) {
        return als(gemeente, "medewerker").get(KERNEN + "/" + kernId).then().statusCode(200).extract().header("ETag");
    }
}
