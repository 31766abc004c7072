package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.List;
import nl.kernpunt.application.zaaksysteem.Notificatie;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The notifications received from the case system, to de-duplicate and to process after answering. */
public interface ZaakNotificaties {

    /** Stores the notification; false when the same one was received before (a duplicate). */
    boolean ontvang(Gemeentecode gemeente, Notificatie notificatie, Instant op);

    /** Received but not processed yet, oldest first. */
    List<Ontvangen> onverwerkt(int max);

    void verwerkt(Notificatie notificatie, Instant op);

    record Ontvangen(Gemeentecode gemeente, Notificatie notificatie) {
    }
}
