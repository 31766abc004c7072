package nl.kernpunt.adapter.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The body limit of the anonymous intake (docs/adr/0021): a submission is a few kilobytes of text,
 * so a larger body is refused by its declared length before anything reads it (a chunked one by its
 * length once Transportgrenzen has read it). Staff operations keep the general limit
 * ({@code quarkus.http.limits.max-body-size}).
 */
@ApplicationScoped
public class OpenbareInnamegrens {

    /** After Transportgrenzen (900). */
    private static final int PRIORITEIT = 800;
    static final long MAX_BODY = 16 * 1024;
    private static final String OPENBAAR = "/api/v1/openbaar/";

    private final VertxProbleem probleem;

    public OpenbareInnamegrens(VertxProbleem probleem) {
        this.probleem = probleem;
    }

    void registreer(@Observes Filters filters) {
        filters.register(this::controleer, PRIORITEIT);
    }

    private void controleer(RoutingContext verzoek) {
        long lengte = lengte(verzoek);
        if (verzoek.request().method() == HttpMethod.POST && verzoek.request().path().startsWith(OPENBAAR)
                && lengte > MAX_BODY) {
            probleem.weiger(verzoek, 413, "verzoek-te-groot",
                    "De body is " + lengte + " bytes; de openbare inname neemt er ten hoogste " + MAX_BODY + " aan.");
            return;
        }
        verzoek.next();
    }

    /** The declared length, or that of a chunked body Transportgrenzen has read; -1 when neither is known. */
    private static long lengte(RoutingContext verzoek) {
        String opgegeven = verzoek.request().getHeader("Content-Length");
        if (opgegeven == null) {
            return verzoek.body().length();
        }
        try {
            return Long.parseLong(opgegeven.strip());
        } catch (NumberFormatException e) {
            // Vert.x itself refuses a malformed Content-Length
            return -1;
        }
    }
}
