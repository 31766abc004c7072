package nl.kernpunt.adapter.rest.fout;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import nl.kernpunt.api.model.InvalidParam;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds every error response of the API: RFC 9457 problem+json with our stable {@code code}. */
public final class Problemen {

    /** Ahead of the mappers Quarkus registers for the same exception types (they use USER and above). */
    public static final int PRIORITEIT = Priorities.USER - 100;

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    static final String TYPE_BASIS = "https://kernpunt.example.nl/problemen/";

    private static final Map<Integer, String> TITELS = Map.ofEntries(
            Map.entry(400, "Ongeldig verzoek"),
            Map.entry(401, "Niet geauthenticeerd"),
            Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"),
            Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Niet acceptabel"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Verouderde versie"),
            Map.entry(415, "Mediatype niet ondersteund"),
            Map.entry(422, "Niet verwerkbaar"),
            Map.entry(428, "Voorwaarde vereist"),
            Map.entry(500, "Interne fout"),
            Map.entry(503, "Tijdelijk overbelast"));

    private Problemen() {
    }

    public static Problem probleem(int status, String code, String detail, String instance) {
        return new Problem(TYPE_BASIS + code, titel(status), status, detail, code)
                .instance(instance)
                // the generated list defaults to empty; null keeps it out of the body when there is nothing to name
                .invalidParams(null);
    }

    public static RestResponse<Problem> antwoord(int status, String code, String detail, UriInfo verzoek) {
        return antwoord(probleem(status, code, detail, pad(verzoek)));
    }

    public static RestResponse<Problem> antwoord(int status, String code, String detail, UriInfo verzoek,
                                                 List<InvalidParam> invalidParams) {
        return antwoord(probleem(status, code, detail, pad(verzoek)).invalidParams(invalidParams));
    }

    public static RestResponse<Problem> antwoord(Problem probleem) {
        return builder(probleem).build();
    }

    /** For mappers that add headers (Allow, WWW-Authenticate). */
    public static RestResponse.ResponseBuilder<Problem> builder(Problem probleem) {
        // explicit type: also for a 406, whose client asked for something else
        return RestResponse.ResponseBuilder.<Problem>create(probleem.getStatus()).entity(probleem).type(PROBLEM_JSON);
    }

    public static String pad(UriInfo verzoek) {
        return verzoek.getRequestUri().getRawPath();
    }

    public static InvalidParam invalidParam(String naam, String code, String reden) {
        return new InvalidParam(naam, code, reden);
    }

    static String titel(int status) {
        return TITELS.getOrDefault(status, status >= 500 ? "Serverfout" : "Fout in het verzoek");
    }
}
