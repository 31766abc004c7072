package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kernpunt.api.model.InvalidParam;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Input that breaks the contract: constraints, the JSON body, path and query parameters. */
public class InvoerFoutMappers {

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> schending(ConstraintViolationException fout, UriInfo verzoek) {
        if (fout.getConstraintViolations().stream().anyMatch(Schendingen::betreftAntwoord)) {
            return OnverwachteFouten.antwoord(fout, verzoek);
        }
        List<InvalidParam> params = Schendingen.invalidParams(fout.getConstraintViolations());
        String velden = params.stream().map(InvalidParam::getName).distinct().collect(Collectors.joining(", "));
        return Problemen.antwoord(400, "ongeldige-invoer", "De invoer voldoet niet aan het contract: " + velden + ".",
                verzoek, params);
    }

    /** Quarkus rethrows these unwrapped (its own mapper would answer without a body). */
    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> json(MismatchedInputException fout, UriInfo verzoek) {
        return Problemen.antwoord(JsonFouten.probleem(fout, Problemen.pad(verzoek)));
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> parameter(OngeldigeParameter fout, UriInfo verzoek) {
        String naam = parameterMetWaarde(fout.waarde(), verzoek);
        return Problemen.antwoord(400, "ongeldige-parameter", naam + " " + fout.reden() + ".", verzoek,
                List.of(Problemen.invalidParam(naam, "ongeldige-parameter", fout.reden())));
    }

    /**
     * A ParamConverter is not told which parameter it converts (Quarkus REST hands it the
     * annotations of the implementing method, which has none), so the name is found back by the
     * value the client sent.
     */
    private static String parameterMetWaarde(String waarde, UriInfo verzoek) {
        return Stream.concat(verzoek.getPathParameters().entrySet().stream(), verzoek.getQueryParameters().entrySet().stream())
                .filter(parameter -> parameter.getValue().contains(waarde))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("parameter");
    }
}
