package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import nl.kernpunt.adapter.rest.http.ToegestaneMethoden;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What JAX-RS itself rejects: routes, methods, media types, and the HTTP preconditions of a write. */
public class HttpFoutMappers {

    private static final Map<Integer, String> CODES = Map.of(
            400, "ongeldig-verzoek",
            401, "niet-geauthenticeerd",
            403, "geen-toegang",
            404, "niet-gevonden",
            405, "methode-niet-toegestaan",
            406, "niet-acceptabel",
            409, "conflict",
            413, "verzoek-te-groot",
            415, "mediatype-niet-ondersteund");

    private final ToegestaneMethoden toegestaneMethoden;

    public HttpFoutMappers(ToegestaneMethoden toegestaneMethoden) {
        this.toegestaneMethoden = toegestaneMethoden;
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> nietGevonden(NotFoundException fout, UriInfo verzoek) {
        // JAX-RS answers 404 for a path or query value it cannot convert; ParameterConversie covers the
        // contract's types, this catches any other: a bad request either way
        if (fout.getCause() != null) {
            return Problemen.antwoord(400, "ongeldige-parameter", "Een parameter heeft een ongeldige waarde.", verzoek);
        }
        return Problemen.antwoord(404, "niet-gevonden", "Er is geen resource op " + Problemen.pad(verzoek) + ".", verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> methodeNietToegestaan(NotAllowedException fout, UriInfo verzoek, Request methode) {
        String toegestaan = toegestaneMethoden.allow(verzoek.getPath());
        Problem probleem = Problemen.probleem(405, "methode-niet-toegestaan", "Methode " + methode.getMethod()
                + " is hier niet toegestaan" + (toegestaan == null ? "" : "; wel: " + toegestaan) + ".", Problemen.pad(verzoek));
        return Problemen.builder(probleem).header(HttpHeaders.ALLOW, toegestaan).build();
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> mediatypeNietOndersteund(NotSupportedException fout, UriInfo verzoek, HttpHeaders headers) {
        return Problemen.antwoord(415, "mediatype-niet-ondersteund", "Een body van het type " + headers.getMediaType()
                + " wordt hier niet ondersteund; stuur application/json.", verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> nietAcceptabel(NotAcceptableException fout, UriInfo verzoek) {
        return Problemen.antwoord(406, "niet-acceptabel",
                "Deze resource is alleen leverbaar als application/json (fouten als application/problem+json).", verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> voorwaarde(VoorwaardeFout fout, UriInfo verzoek) {
        return Problemen.antwoord(fout.status(), fout.code(), fout.getMessage(), verzoek);
    }

    /** Also how Quarkus REST reports malformed JSON: a 400 WebApplicationException caused by Jackson. */
    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public Response overig(WebApplicationException fout, UriInfo verzoek) {
        if (fout.getCause() instanceof JsonProcessingException json) {
            return Problemen.antwoord(JsonFouten.probleem(json, Problemen.pad(verzoek))).toResponse();
        }
        int status = fout.getResponse().getStatus();
        if (status < 400) {
            return fout.getResponse();
        }
        if (status >= 500) {
            return OnverwachteFouten.antwoord(fout, verzoek).toResponse();
        }
        return Problemen.antwoord(status, CODES.getOrDefault(status, "http-" + status),
                "Het verzoek kan niet worden verwerkt (" + Problemen.titel(status).toLowerCase(Locale.ROOT) + ").", verzoek)
                .toResponse();
    }
}
