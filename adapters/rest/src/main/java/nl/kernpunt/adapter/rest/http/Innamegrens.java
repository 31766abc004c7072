package nl.kernpunt.adapter.rest.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kernpunt.adapter.rest.fout.Overbelasting;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A bound on the API requests one instance holds at once (docs/adr/0032). Past what the 32 worker
 * threads and 20 connections serve, requests wait in Quarkus' worker queue, which has no bound: a
 * load above the service's rate grew it until the heap ran out (docs/adr/0025, sixth round). Past the
 * bound a request gets 503 tijdelijk-overbelast with Retry-After at once, before its body is read, so
 * the client retries later (with its Idempotency-Key) and the requests already accepted finish in time.
 * Health and metrics ({@code /q/}) are not counted: a probe must see a busy instance as alive.
 */
@ApplicationScoped
public class Innamegrens {

    /** After AntwoordHeaders (1000), before the body limits (Transportgrenzen 900): nothing is read yet. */
    private static final int PRIORITEIT = 950;
    private static final String API = "/api/";

    private final VertxProbleem probleem;
    private final int maximum;
    private final AtomicInteger lopend = new AtomicInteger();

    public Innamegrens(VertxProbleem probleem,
                       @ConfigProperty(name = "kernpunt.http.max-lopende-verzoeken") int maximum) {
        this.probleem = probleem;
        this.maximum = maximum;
    }

    void registreer(@Observes Filters filters) {
        filters.register(this::controleer, PRIORITEIT);
    }

    /** API requests accepted and not yet answered (or broken off). */
    public int lopend() {
        return lopend.get();
    }

    private void controleer(RoutingContext verzoek) {
        if (!verzoek.request().path().startsWith(API)) {
            verzoek.next();
            return;
        }
        if (lopend.incrementAndGet() > maximum) {
            lopend.decrementAndGet();
            verzoek.response().putHeader("Retry-After", String.valueOf(Overbelasting.WACHT_SECONDEN));
            probleem.weiger(verzoek, 503, "tijdelijk-overbelast", "De dienst neemt nu meer verzoeken tegelijk aan "
                    + "dan hij kan afhandelen; probeer het over " + Overbelasting.WACHT_SECONDEN + " seconden opnieuw.");
            return;
        }
        // called once per request, when the answer is out or the connection broke off
        verzoek.addEndHandler(klaar -> lopend.decrementAndGet());
        verzoek.next();
    }
}
