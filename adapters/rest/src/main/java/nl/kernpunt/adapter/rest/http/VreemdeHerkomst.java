package nl.kernpunt.adapter.rest.http;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a browser on an origin that {@code quarkus.http.cors.origins} does not allow is refused
 * (docs/adr/0014). Quarkus' CORS filter would answer such a request with an empty 403, even a plain
 * GET; here, ahead of it, a preflight gets a 403 problem+json, and any other request loses its
 * Origin header, so it is answered as for a client without one: no Access-Control-Allow-Origin, so
 * the browser keeps the answer from the page. Which origins are allowed stays the configuration's.
 */
@ApplicationScoped
public class VreemdeHerkomst {

    private final boolean aan;
    private final Optional<List<String>> herkomsten;
    private final VertxProbleem probleem;

    public VreemdeHerkomst(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean aan,
                           @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> herkomsten,
                           VertxProbleem probleem) {
        this.aan = aan;
        this.herkomsten = herkomsten;
        this.probleem = probleem;
    }

    /** A route of its own at the lowest order, registered before Quarkus adds its CORS route at that order. */
    void registreer(@Observes Router router) {
        if (aan) {
            router.route().order(Integer.MIN_VALUE).handler(this::controleer);
        }
    }

    private void controleer(RoutingContext verzoek) {
        HttpServerRequest http = verzoek.request();
        String herkomst = http.getHeader("Origin");
        if (herkomst == null || toegestaan(herkomst, http)) {
            verzoek.next();
            return;
        }
        if (http.method() == HttpMethod.OPTIONS && http.getHeader("Access-Control-Request-Method") != null) {
            probleem.weiger(verzoek, 403, "herkomst-niet-toegestaan",
                    "Deze API neemt geen verzoeken aan van pagina's op " + herkomst + ".");
            return;
        }
        http.headers().remove("Origin");
        verzoek.next();
    }

    private boolean toegestaan(String herkomst, HttpServerRequest http) {
        if (herkomst.equals(http.scheme() + "://" + http.authority())) {
            return true;
        }
        // unset, Quarkus allows every origin in dev mode only
        List<String> lijst = herkomsten.orElse(LaunchMode.current() == LaunchMode.DEVELOPMENT ? List.of("*") : List.of());
        return lijst.stream().anyMatch(patroon -> patroon.equals("*") || patroon.equals(herkomst)
                || patroon.length() > 1 && patroon.startsWith("/") && patroon.endsWith("/")
                && herkomst.matches(patroon.substring(1, patroon.length() - 1)));
    }
}
