package nl.kernpunt.adapter.rest.http;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Spares the anonymous public status (the most frequent request, docs/adr/0031) a search Quarkus does
 * on every request: with lazy authentication, RESTEasy Reactive's filter right after authentication
 * builds a request mapper over all resources to put the URI template in place for the metrics of a
 * failed authentication, and then swaps in its own auth-failure handler, which it removes again as
 * soon as the resource is matched. A request without an {@code Authorization} header cannot fail
 * authentication (it is anonymous, and the public status is {@code @PermitAll}), so for such a
 * request this route puts the one template this path has in place itself, where Quarkus' metrics read
 * it (also for an answer given before the resource is matched, such as a 406), and removes the
 * auth-failure handler one step earlier: that filter then finds nothing to do.
 */
@ApplicationScoped
public class AnoniemeOpenbareStatus {

    /** Quarkus' filter runs at this order (priority AUTHENTICATION - 1); a route registered here comes first. */
    private static final int ORDE = -(SecurityHandlerPriorities.AUTHENTICATION - 1);
    private static final String PAD = "/api/v1/openbaar/initiatieven/:referentie";
    /** The operation's path in the contract, as Quarkus names it in the metrics (without the API root). */
    private static final String SJABLOON = "/openbaar/initiatieven/{referentie}";

    void registreer(@Observes Router router) {
        router.get(PAD).order(ORDE).handler(this::zonderAanmeldfout);
    }

    void zonderAanmeldfout(RoutingContext verzoek) {
        // only the handler authentication put there: what Quarkus' filter looks for
        if (verzoek.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && verzoek.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            Routesjabloon.zet(SJABLOON);
            verzoek.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        }
        verzoek.next();
    }
}
