package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Bezorging;
import nl.kernpunt.application.gebeurtenis.port.out.Bezorgingen;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;

/**
 * The webhook dispatcher's short transactions: claiming and recording each outcome, each its own, so
 * no transaction is open while a receiver is called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BezorgingService {

    private final Bezorgingen bezorgingen;
    private final Gebeurtenissen gebeurtenissen;

    public BezorgingService(Bezorgingen bezorgingen, Gebeurtenissen gebeurtenissen) {
        this.bezorgingen = bezorgingen;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * Only deliveries of numbered events are claimed; what is waiting for a number is numbered first, in
     * this transaction, so the numbers a receiver gets commit with the claim, before anything is posted.
     */
    public List<Bezorging> claim(int max, Instant nu, Instant geclaimdTot) {
        gebeurtenissen.nummerAlle();
        return bezorgingen.claim(max, nu, geclaimdTot);
    }

    public void geefVrij(UUID id) {
        bezorgingen.geefVrij(id);
    }

    public void gelukt(UUID id, Instant op) {
        bezorgingen.gelukt(id, op);
    }

    public void mislukt(UUID id, String fout, Instant volgendePoging) {
        bezorgingen.mislukt(id, fout, volgendePoging);
    }

    public void parkeer(UUID id, String fout) {
        bezorgingen.parkeer(id, fout);
    }
}
