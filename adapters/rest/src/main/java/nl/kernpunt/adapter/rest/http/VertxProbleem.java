package nl.kernpunt.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import nl.kernpunt.adapter.rest.fout.Problemen;

/**
 * Ends a request with problem+json from a Vert.x route, for refusals made before JAX-RS runs
 * (transport limits, a foreign origin): the same body and headers as every other error.
 */
@ApplicationScoped
public class VertxProbleem {

    private final ObjectMapper json;
    private final AntwoordHeaders headers;

    public VertxProbleem(ObjectMapper json, AntwoordHeaders headers) {
        this.json = json;
        this.headers = headers;
    }

    void weiger(RoutingContext verzoek, int status, String code, String detail) {
        // what is left of a refused request (a body announced over the limit) is not worth reading: the
        // connection closes once the answer is out. Added to the routing context's end handlers, not set as
        // the response's, which is theirs: replacing it hid the answer from the metrics and Innamegrens
        verzoek.addEndHandler(klaar -> verzoek.request().connection().close());
        verzoek.response().putHeader("Connection", "close");
        beantwoord(verzoek, status, code, detail);
    }

    /** The same answer, with the connection kept open: for a request that was read whole. */
    void beantwoord(RoutingContext verzoek, int status, String code, String detail) {
        String body;
        try {
            body = json.writeValueAsString(Problemen.probleem(status, code, detail, null));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Routesjabloon.zetAlsOntbrekend();
        headers.voegToe(verzoek.request().method(), status, verzoek.response().headers());
        verzoek.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problemen.PROBLEM_JSON.toString())
                .end(body);
    }
}
