package nl.kernpunt.adapter.rest.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path outside the API's root ({@code /}, {@code /API/V1/kernen}, {@code /api/v1%2Fkernen}) reaches
 * no JAX-RS resource, and Vert.x would answer its 404 as an HTML page. The last route answers it
 * as every other refusal, problem+json; the path is not echoed, it may carry anything.
 */
@ApplicationScoped
public class OnbekendPad {

    private final VertxProbleem probleem;

    public OnbekendPad(VertxProbleem probleem) {
        this.probleem = probleem;
    }

    void registreer(@Observes Router router) {
        router.route().last().handler(verzoek -> probleem.beantwoord(verzoek, 404, "niet-gevonden",
                "Er is geen resource op dit pad; de API staat onder /api/v1."));
    }
}
