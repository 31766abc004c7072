package nl.kernpunt.application.gebeurtenis.port.out;

import java.net.URI;
import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gebeurtenis.WebhookFout;

/** Posting an event to a subscriber, and the one rule for where we may post at all. */
public interface WebhookPort {

    /** Posts the event, signed with the subscription's secret; returns only on a 2xx answer. */
    void bezorg(Abonnement abonnement, Cloudevent gebeurtenis) throws WebhookFout;

    /**
     * Why we may not call this URL, or empty when we may: only http(s), and no address of its host
     * in a loopback, private, link-local or otherwise internal range unless configuration allows it.
     */
    Optional<String> weigering(URI url);
}
