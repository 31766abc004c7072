package nl.kernpunt.adapter.rest.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed contract at {@code /api/v1/openapi} (and {@code .json}, {@code .yaml}, {@code .yml}),
 * served as the build made it: the YAML as committed and its JSON form, both in the api-spec jar
 * (docs/adr/0025, third round). Nothing reads, parses or writes the document at start; each form is
 * read from the class path at its first request. Without an extension the format follows Accept or
 * {@code ?format=}, JSON for a client that asks for it and YAML otherwise, as Quarkus' own handler did.
 */
@ApplicationScoped
public class GepubliceerdContract {

    static final String PAD = "/api/v1/openapi";

    private final Vorm json = new Vorm("META-INF/openapi.json", "application/json;charset=UTF-8");
    private final Vorm yaml = new Vorm("META-INF/openapi.yaml", "application/yaml;charset=UTF-8");

    void registreer(@Observes Router router) {
        router.get(PAD).handler(this::dienOpGevraagd);
        router.get(PAD + ".json").handler(verzoek -> json.dienOp(verzoek));
        router.get(PAD + ".yaml").handler(verzoek -> yaml.dienOp(verzoek));
        router.get(PAD + ".yml").handler(verzoek -> yaml.dienOp(verzoek));
    }

    private void dienOpGevraagd(RoutingContext verzoek) {
        String formaat = verzoek.request().getParam("format");
        String accept = verzoek.request().getHeader("Accept");
        boolean alsJson = formaat != null ? formaat.equalsIgnoreCase("json")
                : accept != null && accept.contains("application/json");
        (alsJson ? json : yaml).dienOp(verzoek);
    }

    /** One form of the document, read once at its first request (a few hundred KB from the jar). */
    private static final class Vorm {

        private final String bron;
        private final String mediatype;
        private volatile Buffer inhoud;

        Vorm(String bron, String mediatype) {
            this.bron = bron;
            this.mediatype = mediatype;
        }

        void dienOp(RoutingContext verzoek) {
            if (inhoud == null) {
                inhoud = lees();
            }
            verzoek.response().putHeader("Content-Type", mediatype).end(inhoud);
        }

        private Buffer lees() {
            try (InputStream in = GepubliceerdContract.class.getClassLoader().getResourceAsStream(bron)) {
                if (in == null) {
                    throw new IllegalStateException(bron + " is missing: the api-spec jar was not built by its pom");
                }
                return Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
