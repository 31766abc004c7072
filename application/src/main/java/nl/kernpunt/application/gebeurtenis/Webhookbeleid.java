package nl.kernpunt.application.gebeurtenis;

import java.util.Objects;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;

/**
 * Retrying webhook deliveries: the same backoff, lease and parking rules as the Join outbox
 * ({@link Herhaalbeleid}), with values of their own ({@code kernpunt.webhooks.herhaling.*}). A delivery
 * parks after {@code maxPogingen} failures of any kind: a receiver is one party's endpoint, not a
 * shared system whose outage must never park anything.
 */
public record Webhookbeleid(Herhaalbeleid herhaling) {

    public Webhookbeleid {
        Objects.requireNonNull(herhaling, "herhaling");
    }

    public boolean moetParkeren(int pogingen) {
        return pogingen >= herhaling.maxPogingen();
    }
}
