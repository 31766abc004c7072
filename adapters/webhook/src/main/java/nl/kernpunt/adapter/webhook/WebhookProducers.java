package nl.kernpunt.adapter.webhook;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.kernpunt.application.gebeurtenis.Gebeurtenisinstellingen;
import nl.kernpunt.application.gebeurtenis.Webhookbeleid;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;

/** The delivery policy and the events' origin, from configuration. */
class WebhookProducers {

    @Produces
    @Singleton
    Webhookbeleid webhookbeleid(WebhookInstellingen instellingen) {
        WebhookInstellingen.Herhaling h = instellingen.herhaling();
        // no circuit and no pace: a subscriber is one party's endpoint, its deliveries park instead
        return new Webhookbeleid(new Herhaalbeleid(h.basis(), h.maximum(), h.maxPogingen(), h.claimduur(), h.batch(),
                Integer.MAX_VALUE, 0));
    }

    @Produces
    @Singleton
    Gebeurtenisinstellingen gebeurtenisinstellingen(GebeurtenisInstellingen instellingen) {
        return new Gebeurtenisinstellingen(instellingen.bron(), instellingen.basisUrl());
    }
}
