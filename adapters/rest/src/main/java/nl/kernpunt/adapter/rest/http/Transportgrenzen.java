package nl.kernpunt.adapter.rest.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The transport refusals (docs/adr/0014): a request target that is no URI, an over-long request line,
 * over-large headers and a body over the size limit, declared or chunked. Vert.x and Quarkus refuse
 * these with a bare status and no body, before any route runs or before ours; so their checks are
 * moved aside or set above ours, and ours are made here, where the refusal can be problem+json.
 */
@ApplicationScoped
public class Transportgrenzen {

    /**
     * Quarkus' root handler refuses a request target {@code java.net.URI} cannot parse with a bare 400
     * before any route, unless this system property is set when it starts; {@code KernpuntMain} and
     * the test configuration set it, and {@link #controleer} makes the same check instead.
     */
    public static final String QUARKUS_URI_CONTROLE_UIT = "vertx.disableURIValidation";

    private static final Logger LOG = Logger.getLogger(Transportgrenzen.class);
    /** After AntwoordHeaders (1000), so its headers-end handler is in place. */
    private static final int PRIORITEIT = 900;
    static final int MAX_URI = 4096;
    static final int MAX_HEADERS = 20 * 1024;

    private final VertxProbleem probleem;
    private final long maxBody;

    public Transportgrenzen(VertxProbleem probleem,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.probleem = probleem;
        this.maxBody = maxBody.asLongValue();
    }

    void registreer(@Observes Filters filters) {
        if (!Boolean.getBoolean(QUARKUS_URI_CONTROLE_UIT)) {
            LOG.warnf("-D%s=true ontbreekt: een URL die geen geldige URI is krijgt Quarkus' kale 400 zonder "
                    + "problem+json", QUARKUS_URI_CONTROLE_UIT);
        }
        filters.register(this::controleer, PRIORITEIT);
    }

    private void controleer(RoutingContext verzoek) {
        HttpServerRequest http = verzoek.request();
        String codering = ongeldigeCodering(http.uri());
        if (codering != null) {
            probleem.weiger(verzoek, 400, "ongeldige-codering", codering);
            return;
        }
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
        Long lengte = opgegevenLengte(http.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (lengte != null && lengte > maxBody) {
            probleem.weiger(verzoek, 413, "verzoek-te-groot",
                    "De body is " + lengte + " bytes; deze API neemt er ten hoogste " + maxBody + " aan.");
            return;
        }
        if (lengte == null && http.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            leesTotDeGrens(verzoek);
            return;
        }
        verzoek.next();
    }

    /**
     * A body without a declared length (chunked) is read here, never more than the limit, and handed on
     * as the request's body, which RESTEasy Reactive reads instead of the connection. Left to RESTEasy,
     * the limit would end the request from inside its reader with a bare 413.
     */
    private void leesTotDeGrens(RoutingContext verzoek) {
        HttpServerRequest http = verzoek.request();
        Buffer body = Buffer.buffer();
        http.handler(stuk -> {
            if (body.length() + (long) stuk.length() <= maxBody) {
                body.appendBuffer(stuk);
                return;
            }
            // the rest is dropped unread; the connection closes once the answer is out
            http.handler(weg -> { });
            http.endHandler(null);
            probleem.weiger(verzoek, 413, "verzoek-te-groot",
                    "De body is groter dan " + maxBody + " bytes, het meeste dat deze API aanneemt.");
        });
        http.endHandler(einde -> {
            verzoek.setBody(body);
            verzoek.next();
        });
        if ("100-continue".equalsIgnoreCase(http.getHeader(HttpHeaders.EXPECT))) {
            verzoek.response().writeContinue();
        }
        http.resume();
    }

    /**
     * Why the request target is not a URI (RFC 3986), or {@code null}: the same check Quarkus makes,
     * so what passes here can be decoded by every later step. The URL itself is not quoted: its query
     * may hold personal data.
     */
    static String ongeldigeCodering(String uri) {
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            String waar = "De URL bevat" + (e.getIndex() < 0 ? "" : " op positie " + (e.getIndex() + 1));
            return e.getReason().startsWith("Malformed escape pair")
                    ? waar + " een % die niet door twee hexadecimale cijfers wordt gevolgd; schrijf een % als %25."
                    : waar + " een teken dat in een URL gecodeerd moet zijn (als %XX, RFC 3986).";
        }
    }

    /** A Content-Length that is no number is Netty's to refuse; it never reaches a route. */
    private static Long opgegevenLengte(String waarde) {
        try {
            return waarde == null ? null : Long.valueOf(waarde.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
