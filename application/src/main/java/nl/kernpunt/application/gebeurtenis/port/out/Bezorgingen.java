package nl.kernpunt.application.gebeurtenis.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Bezorging;
import nl.kernpunt.application.gebeurtenis.GeparkeerdeBezorging;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Webhook deliveries waiting to be made; the same claim as the Join outbox (docs/adr/0012): rows are
 * taken with {@code FOR UPDATE SKIP LOCKED} and a lease until {@code geclaimdTot}, and only the oldest
 * unfinished delivery of a subscription is eligible, so a subscription gets its events in feed order
 * and a parked delivery holds back the ones after it.
 */
public interface Bezorgingen {

    List<Bezorging> claim(int max, Instant nu, Instant geclaimdTot);

    void geefVrij(UUID id);

    void gelukt(UUID id, Instant op);

    /** Counts the failure and releases the claim until {@code volgendePoging}. */
    void mislukt(UUID id, String fout, Instant volgendePoging);

    /** Counts the failure and sets the delivery aside for a beheerder. */
    void parkeer(UUID id, String fout);

    /** A parked delivery of this gemeente is due again with a fresh count; false when there is none. */
    boolean hervat(Gemeentecode gemeente, UUID id, Instant nu);

    /** The gemeente's parked deliveries, oldest first. */
    List<GeparkeerdeBezorging> geparkeerd(Gemeentecode gemeente);
}
