package nl.kernpunt.adapter.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import nl.kernpunt.adapter.rest.fout.Problemen;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A Content-Type or Accept header that is no media type at all ({@code garbage}) would make the
 * request matching throw; checked before matching, it is the client's mistake it is: 415 or 406.
 * A body without any Content-Type is refused too, rather than guessed to be JSON.
 */
public class Mediatypen {

    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Problem>> controleer(ContainerRequestContext verzoek) {
        String type = verzoek.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !leesbaar(type) && !metBody(verzoek)) {
            // describes nothing that was sent: an operation without a body ignores it, as it would a valid one
            verzoek.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else if (type != null && !leesbaar(type)) {
            return Optional.of(Problemen.antwoord(415, "mediatype-niet-ondersteund", "Content-Type " + type
                    + " is geen mediatype; stuur application/json.", verzoek.getUriInfo()));
        }
        if (type == null && metBody(verzoek)) {
            return Optional.of(Problemen.antwoord(415, "mediatype-niet-ondersteund",
                    "De body heeft geen Content-Type; stuur application/json.", verzoek.getUriInfo()));
        }
        String accept = verzoek.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null) {
            for (String deel : accept.split(",")) {
                if (!deel.isBlank() && !leesbaar(deel.trim())) {
                    return Optional.of(Problemen.antwoord(406, "niet-acceptabel", "Accept " + deel.trim()
                            + " is geen mediatype; vraag application/json.", verzoek.getUriInfo()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean metBody(ContainerRequestContext verzoek) {
        String lengte = verzoek.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return verzoek.getHeaderString("Transfer-Encoding") != null || lengte != null && !lengte.trim().equals("0");
    }

    private static boolean leesbaar(String waarde) {
        try {
            MediaType.valueOf(waarde);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
