package nl.kernpunt.adapter.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gebeurtenis.WebhookFout;
import nl.kernpunt.application.gebeurtenis.port.out.WebhookPort;

/**
 * Posts an event as a structured CloudEvent ({@code application/cloudevents+json}) with the Standard
 * Webhooks headers: {@code webhook-id} (the event's id, the same at every attempt, so a receiver
 * dedupes), {@code webhook-timestamp} (seconds) and {@code webhook-signature}. Redirects are not
 * followed: a 3xx is a failure, so no answer can lead a delivery elsewhere.
 */
@ApplicationScoped
class HttpWebhookAdapter implements WebhookPort {

    static final String MEDIATYPE = "application/cloudevents+json";

    private final Adresbewaking bewaking;
    private final WebhookInstellingen instellingen;
    private final ObjectMapper json;
    private final Clock klok;
    private final HttpClient client;

    HttpWebhookAdapter(Adresbewaking bewaking, WebhookInstellingen instellingen, ObjectMapper json, Clock klok) {
        this.bewaking = bewaking;
        this.instellingen = instellingen;
        this.json = json;
        this.klok = klok;
        this.client = HttpClient.newBuilder()
                .connectTimeout(instellingen.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<String> weigering(URI url) {
        return bewaking.weigering(url);
    }

    @Override
    public void bezorg(Abonnement abonnement, Cloudevent gebeurtenis) throws WebhookFout {
        Optional<String> geweigerd = bewaking.weigering(abonnement.url());
        if (geweigerd.isPresent()) {
            throw new WebhookFout("adres niet toegestaan: " + geweigerd.get());
        }
        String body = body(gebeurtenis);
        long tijdstempel = klok.instant().getEpochSecond();
        HttpRequest verzoek = HttpRequest.newBuilder(abonnement.url())
                .timeout(instellingen.timeout())
                .header("Content-Type", MEDIATYPE)
                .header("User-Agent", "Kernpunt-webhooks")
                .header("webhook-id", gebeurtenis.id())
                .header("webhook-timestamp", Long.toString(tijdstempel))
                .header("webhook-signature", Ondertekening.van(abonnement.geheim(), gebeurtenis.id(), tijdstempel, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            status = client.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new WebhookFout("onbereikbaar: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookFout("onderbroken");
        }
        if (status / 100 != 2) {
            throw new WebhookFout("antwoord " + status);
        }
    }

    /** The structured form: the context attributes and {@code data} in one JSON object. */
    String body(Cloudevent e) {
        ObjectNode wortel = json.createObjectNode()
                .put("specversion", Cloudevent.SPECVERSION)
                .put("id", e.id())
                .put("source", e.source())
                .put("type", e.type())
                .put("time", e.time().toString())
                .put("subject", e.subject())
                .put("dataref", e.dataref().toString())
                .put("sequence", e.sequence())
                .put("datacontenttype", Cloudevent.DATACONTENTTYPE);
        ObjectNode data = wortel.putObject("data");
        e.data().forEach(data::put);
        try {
            return json.writeValueAsString(wortel);
        } catch (JsonProcessingException fout) {
            throw new IllegalStateException("een CloudEvent moet als JSON te schrijven zijn", fout);
        }
    }
}
