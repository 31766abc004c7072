package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The dispatcher's short transactions on the outbox: claiming, and recording the outcome. Each call
 * is its own transaction, so no transaction is ever open while the case system is called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ZaakOutboxService {

    private final ZaakOutbox outbox;

    public ZaakOutboxService(ZaakOutbox outbox) {
        this.outbox = outbox;
    }

    public List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot) {
        return outbox.claim(gemeenten, max, nu, geclaimdTot);
    }

    public void gelukt(UUID id, Instant op) {
        outbox.gelukt(id, op);
    }

    public void mislukt(UUID id, String fout, Instant volgendePoging) {
        outbox.mislukt(id, fout, volgendePoging);
    }

    public void parkeer(UUID id, String fout) {
        outbox.parkeer(id, fout);
    }
}
