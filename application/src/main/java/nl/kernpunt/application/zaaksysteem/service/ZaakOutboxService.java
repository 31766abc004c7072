package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Verbindingsstand;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The dispatcher's short transactions on the outbox: claiming, and recording the outcome together
 * with what it says about the gemeente's case system being reachable (the circuit, kept in the
 * database so every instance sees the same). Each call is its own transaction, so no transaction is
 * ever open while the case system is called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ZaakOutboxService {

    private final ZaakOutbox outbox;
    private final Herhaalbeleid beleid;
    private final RandomGenerator toeval = RandomGenerator.getDefault();

    public ZaakOutboxService(ZaakOutbox outbox, Herhaalbeleid beleid) {
        this.outbox = outbox;
        this.beleid = beleid;
    }

    /** Due rows of the reachable gemeenten, and at most one probe row per unreachable one. */
    public List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot) {
        Set<Gemeentecode> onbereikbaar = outbox.onbereikbaar(gemeenten);
        List<Outboxregel> regels = new ArrayList<>();
        for (Gemeentecode gemeente : onbereikbaar) {
            outbox.claimProef(gemeente, nu, geclaimdTot).ifPresent(regels::add);
        }
        Set<Gemeentecode> bereikbaar = new HashSet<>(gemeenten);
        bereikbaar.removeAll(onbereikbaar);
        if (!bereikbaar.isEmpty()) {
            regels.addAll(outbox.claim(bereikbaar, max, nu, geclaimdTot));
        }
        return regels;
    }

    public void geefVrij(UUID id) {
        outbox.geefVrij(id);
    }

    /** Delivered. Returns since when the case system was unreachable, when this ends that. */
    public Optional<Instant> gelukt(Outboxregel regel, Instant op) {
        outbox.gelukt(regel.id(), op);
        return outbox.bereikt(regel.opdracht().gemeente(), op);
    }

    /** Join answered but did not do it: the row waits; Join itself is reachable. */
    public Optional<Instant> mislukt(Outboxregel regel, String fout, Instant volgendePoging, Instant op) {
        outbox.mislukt(regel.id(), fout, volgendePoging);
        return outbox.bereikt(regel.opdracht().gemeente(), op);
    }

    /** Join answered with a refusal: the row is parked; Join itself is reachable. */
    public Optional<Instant> parkeer(Outboxregel regel, String fout, Instant op) {
        outbox.parkeer(regel.id(), fout);
        return outbox.bereikt(regel.opdracht().gemeente(), op);
    }

    /**
     * Join could not be reached: the row waits, and the failure counts towards the gemeente's circuit.
     * At the threshold it opens; every further failure (a failed probe) puts the next probe one backoff
     * step further. Returns the stand after it.
     */
    public Verbindingsstand onbereikbaar(Outboxregel regel, String fout, Instant volgendePoging, Instant op) {
        outbox.mislukt(regel.id(), fout, volgendePoging);
        Gemeentecode gemeente = regel.opdracht().gemeente();
        Verbindingsstand stand = outbox.telStoring(gemeente, op);
        if (stand.fouten() < beleid.drempel()) {
            return stand;
        }
        int proeven = stand.onbereikbaar() ? stand.mislukteProeven() + 1 : 0;
        Instant sinds = stand.onbereikbaar() ? stand.onbereikbaarSinds() : stand.eersteFoutOp();
        outbox.onderbreek(gemeente, sinds, proeven, op.plus(beleid.wachttijd(proeven + 1, toeval)));
        return new Verbindingsstand(stand.fouten(), stand.eersteFoutOp(), sinds, proeven);
    }
}
