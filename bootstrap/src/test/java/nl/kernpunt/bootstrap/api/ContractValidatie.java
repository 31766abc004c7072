package nl.kernpunt.bootstrap.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/** Holds every test's traffic to the committed contract, the file the service itself serves. */
final class ContractValidatie {

    private static final String CONTRACT = "META-INF/openapi.yaml";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(CONTRACT).build();

    /** Request and response must both match the contract. */
    static final OpenApiValidationFilter VERZOEK_EN_ANTWOORD = new OpenApiValidationFilter(VALIDATOR);

    /** For deliberately invalid requests: only the (error) response must match the contract. */
    static final Filter ALLEEN_ANTWOORD = new Filter() {
        @Override
        public Response filter(FilterableRequestSpecification verzoek, FilterableResponseSpecification spec, FilterContext ctx) {
            Response antwoord = ctx.next(verzoek, spec);
            String pad = verzoek.getURI().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
            ValidationReport rapport = VALIDATOR.validateResponse(pad, Request.Method.valueOf(verzoek.getMethod()),
                    RestAssuredResponse.of(antwoord));
            if (rapport.hasErrors()) {
                throw new AssertionError("Antwoord op " + verzoek.getMethod() + " " + pad + " wijkt af van het contract: " + rapport);
            }
            return antwoord;
        }
    };

    private ContractValidatie() {
    }
}
