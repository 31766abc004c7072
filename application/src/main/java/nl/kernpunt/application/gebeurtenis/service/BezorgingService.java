package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Bezorging;
import nl.kernpunt.application.gebeurtenis.port.out.Bezorgingen;

/**
 * The webhook dispatcher's short transactions: claiming and recording each outcome, each its own, so
 * no transaction is open while a receiver is called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BezorgingService {

    private final Bezorgingen bezorgingen;

    public BezorgingService(Bezorgingen bezorgingen) {
        this.bezorgingen = bezorgingen;
    }

    public List<Bezorging> claim(int max, Instant nu, Instant geclaimdTot) {
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
