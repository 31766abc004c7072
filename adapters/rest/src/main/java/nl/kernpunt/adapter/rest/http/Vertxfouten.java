package nl.kernpunt.adapter.rest.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Client errors Vert.x Web finds before any of our routes run, such as a path or query that is not
 * valid percent-encoding ({@code %%}): it would answer them with a bare status. This failure handler
 * answers them as problem+json with our headers; errors of our own code never get here (JAX-RS maps them).
 */
@ApplicationScoped
public class Vertxfouten {

    private final VertxProbleem probleem;

    public Vertxfouten(VertxProbleem probleem) {
        this.probleem = probleem;
    }

    void registreer(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::bijFout);
    }

    private void bijFout(RoutingContext verzoek) {
        int status = verzoek.statusCode();
        if (verzoek.response().headWritten() || status < 400 || status >= 500) {
            verzoek.next();
            return;
        }
        if (status == 400) {
            probleem.weiger(verzoek, 400, "ongeldige-uri",
                    "De URL is niet te lezen; codeer bijzondere tekens in pad en query als %XX (RFC 3986).");
        } else {
            probleem.weiger(verzoek, status, "http-" + status, "Het verzoek kan niet worden verwerkt.");
        }
    }
}
