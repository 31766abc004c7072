package nl.kernpunt.bootstrap.testsupport;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test-only route on the public status right after Quarkus REST's auth-failure filter (order -199):
 * notes which auth-failure handler the request carries there, so a test can tell whether that filter
 * did its per-request work (it leaves its own handler behind) or found nothing to do.
 */
@ApplicationScoped
public class AanmeldfoutWaarnemer {

    private static volatile String laatste = "";

    void registreer(@Observes Router router) {
        router.get("/api/v1/openbaar/initiatieven/:referentie").order(-198).handler(this::noteer);
    }

    private void noteer(RoutingContext verzoek) {
        Object handler = verzoek.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        laatste = handler == null ? "geen" : handler.getClass().getName();
        verzoek.next();
    }

    /** The class of the handler the last public status request carried, or "geen". */
    public static String laatste() {
        return laatste;
    }
}
