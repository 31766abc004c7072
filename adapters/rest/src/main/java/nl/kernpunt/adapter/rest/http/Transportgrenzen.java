package nl.kernpunt.adapter.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The size limits of a request line and its headers (docs/adr/0014). Vert.x refuses what exceeds its
 * own limits with a bare status and no body, before any route runs; so its limits are set above ours
 * ({@code quarkus.http.limits.*}) and ours are checked here, where the refusal can be problem+json.
 */
@ApplicationScoped
public class Transportgrenzen {

    /** After AntwoordHeaders (1000), so its headers-end handler is in place. */
    private static final int PRIORITEIT = 900;
    static final int MAX_URI = 4096;
    static final int MAX_HEADERS = 20 * 1024;

    private final VertxProbleem probleem;

    public Transportgrenzen(VertxProbleem probleem) {
        this.probleem = probleem;
    }

    void registreer(@Observes Filters filters) {
        filters.register(this::controleer, PRIORITEIT);
    }

    private void controleer(RoutingContext verzoek) {
        HttpServerRequest http = verzoek.request();
        if (http.uri().length() > MAX_URI) {
            probleem.weiger(verzoek, 414, "uri-te-lang",
                    "De URL is " + http.uri().length() + " tekens lang; deze API neemt er ten hoogste " + MAX_URI + " aan.");
            return;
        }
        int grootte = 0;
        for (Map.Entry<String, String> header : http.headers()) {
            grootte += header.getKey().length() + header.getValue().length() + 4;
        }
        if (grootte > MAX_HEADERS) {
            probleem.weiger(verzoek, 431, "headers-te-groot",
                    "De headers zijn samen " + grootte + " bytes; deze API neemt er ten hoogste " + MAX_HEADERS + " aan.");
            return;
        }
        verzoek.next();
    }
}
