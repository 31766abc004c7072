package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification from the case system's Notificaties API. Delivery is at-least-once: kanaal,
 * resourceUrl, actie and aanmaakdatum together make a duplicate a duplicate.
 */
public record Notificatie(String kanaal, String hoofdObject, String resource, String resourceUrl, String actie,
                          Instant aanmaakdatum) {

    public Notificatie {
        Objects.requireNonNull(kanaal, "kanaal");
        Objects.requireNonNull(hoofdObject, "hoofdObject");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(resourceUrl, "resourceUrl");
        Objects.requireNonNull(actie, "actie");
        Objects.requireNonNull(aanmaakdatum, "aanmaakdatum");
    }

    /** A status was added to a zaak: the only change in the case system we take over. */
    public boolean isNieuweStatus() {
        return kanaal.equals("zaken") && resource.equals("status") && actie.equals("create");
    }
}
