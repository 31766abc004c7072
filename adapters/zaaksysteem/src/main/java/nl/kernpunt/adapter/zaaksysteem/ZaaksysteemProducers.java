package nl.kernpunt.adapter.zaaksysteem;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;

/** The dispatcher's retry policy, from configuration. */
class ZaaksysteemProducers {

    @Produces
    @Singleton
    Herhaalbeleid herhaalbeleid(ZaaksysteemInstellingen instellingen) {
        ZaaksysteemInstellingen.Herhaling h = instellingen.herhaling();
        return new Herhaalbeleid(h.basis(), h.maximum(), h.maxPogingen(), h.claimduur(), h.batch(),
                h.drempel(), h.tempo());
    }
}
