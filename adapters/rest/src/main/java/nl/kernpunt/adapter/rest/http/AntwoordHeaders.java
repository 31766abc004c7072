package nl.kernpunt.adapter.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries: {@code API-Version} (API Design Rules) and the transport
 * security headers of the ADR module. A Vert.x filter rather than a JAX-RS one, so responses JAX-RS
 * never sees (the served contract, an unknown path outside the API) carry them too.
 */
@ApplicationScoped
public class AntwoordHeaders {

    /** Runs before every other route of the HTTP server. */
    private static final int PRIORITEIT = 1000;

    private static final Map<String, String> BEVEILIGING = Map.of(
            "Strict-Transport-Security", "max-age=31536000",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private final String apiVersie;

    public AntwoordHeaders(@ConfigProperty(name = "kernpunt.api-version", defaultValue = "1.0.0") String apiVersie) {
        this.apiVersie = apiVersie;
    }

    void registreer(@Observes Filters filters) {
        filters.register(this::bijAntwoord, PRIORITEIT);
    }

    private void bijAntwoord(RoutingContext verzoek) {
        verzoek.addHeadersEndHandler(klaar -> voegToe(verzoek.request().method(), verzoek.response().getStatusCode(),
                verzoek.response().headers()));
        verzoek.next();
    }

    void voegToe(HttpMethod methode, int status, MultiMap headers) {
        headers.set("API-Version", apiVersie);
        BEVEILIGING.forEach((naam, waarde) -> {
            if (!headers.contains(naam)) {
                headers.set(naam, waarde);
            }
        });
        boolean gelezen = (methode == HttpMethod.GET || methode == HttpMethod.HEAD) && status < 400;
        if (!headers.contains("Cache-Control")) {
            // the ADR transport-security module: nothing sensitive is kept by caches; a resource
            // that serves public data may say otherwise itself
            headers.set("Cache-Control", "no-store");
        }
        if (gelezen) {
            // public and staff readers get different representations of the same URI
            headers.add("Vary", "Authorization");
        }
    }
}
