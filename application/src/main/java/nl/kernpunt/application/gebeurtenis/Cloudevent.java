package nl.kernpunt.application.gebeurtenis;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * An event as the NL GOV profile for CloudEvents describes it, the same in the feed and in a webhook
 * delivery. {@code sequence} (the CloudEvents extension) is the feed's number, so a receiver can order.
 */
public record Cloudevent(String id, String source, String type, Instant time, String subject, URI dataref,
                         String sequence, Map<String, String> data) {

    public static final String SPECVERSION = "1.0";
    public static final String DATACONTENTTYPE = "application/json";

    /** The event as sent: {@code source} is the gemeente's Kernpunt, {@code dataref} an absolute URL. */
    public static Cloudevent van(Gebeurtenis gebeurtenis, Gebeurtenisinstellingen instellingen) {
        return new Cloudevent(gebeurtenis.id().toString(), instellingen.bron(gebeurtenis.gemeente()),
                gebeurtenis.type(), gebeurtenis.tijd(), gebeurtenis.subject().toString(),
                instellingen.url(gebeurtenis.dataref()), Long.toString(gebeurtenis.volgnummer()), gebeurtenis.data());
    }
}
