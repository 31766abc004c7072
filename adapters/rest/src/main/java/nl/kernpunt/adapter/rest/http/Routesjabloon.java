package nl.kernpunt.adapter.rest.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The URI template the HTTP metrics label a request with (docs/adr/0015). Quarkus REST puts it on the
 * request's Vert.x context once a resource matched; an answer given before that would be labelled by
 * its raw path instead, one series per id or reference.
 */
final class Routesjabloon {

    /** The context key under which Quarkus REST hands the template to the metrics. */
    private static final String SLEUTEL = "UrlPathTemplate";
    /** The label (Quarkus puts a slash before it) of an answer given before any resource matched. */
    static final String VOOR_DE_ROUTE = "GEWEIGERD";

    private Routesjabloon() {
    }

    static void zet(String sjabloon) {
        Vertx.currentContext().putLocal(SLEUTEL, sjabloon);
    }

    /** Labels the request {@link #VOOR_DE_ROUTE} unless a template is already in place. */
    static void zetAlsOntbrekend() {
        Context context = Vertx.currentContext();
        if (context != null && context.getLocal(SLEUTEL) == null) {
            context.putLocal(SLEUTEL, VOOR_DE_ROUTE);
        }
    }
}
