package nl.kernpunt.adapter.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kernpunt.webhooks.*}: where deliveries may go and how they are retried. */
@ConfigMapping(prefix = "kernpunt.webhooks")
public interface WebhookInstellingen {

    /** How often deliveries are made, e.g. {@code 2s}; {@code off} (the default) leaves it to be run by hand. */
    @WithDefault("off")
    String dispatchInterval();

    /** Connect and answer timeout of one delivery. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Whether a subscriber may be on a loopback address (tests and local development only). */
    @WithDefault("false")
    boolean staLoopbackToe();

    /** Whether a subscriber may be in a private, link-local or other internal range (a gemeente's own network). */
    @WithDefault("false")
    boolean staPriveToe();

    Herhaling herhaling();

    interface Herhaling {
        @WithDefault("PT5S")
        Duration basis();

        @WithDefault("PT30M")
        Duration maximum();

        @WithDefault("12")
        int maxPogingen();

        @WithDefault("PT2M")
        Duration claimduur();

        @WithDefault("20")
        int batch();
    }
}
