package nl.kernpunt.application.zaaksysteem.service;

import static java.lang.System.Logger.Level.INFO;
import static java.lang.System.Logger.Level.WARNING;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Delivers outbox rows to the case system. Deliberately not transactional: rows are claimed in one
 * short transaction, the case system is called with none open, the outcome is recorded in another.
 * Several instances may run at once; the claim ({@code FOR UPDATE SKIP LOCKED} plus a lease) keeps
 * them from sending a row twice, and only a zaak's oldest unfinished row is ever claimed.
 */
@ApplicationScoped
public class ZaakDispatcher {

    private static final System.Logger LOG = System.getLogger(ZaakDispatcher.class.getName());

    private final ZaakOutboxService outbox;
    private final ZaakRegistratiePort zaaksysteem;
    private final Herhaalbeleid beleid;
    private final Clock klok;
    private final RandomGenerator toeval = RandomGenerator.getDefault();

    public ZaakDispatcher(ZaakOutboxService outbox, ZaakRegistratiePort zaaksysteem, Herhaalbeleid beleid, Clock klok) {
        this.outbox = outbox;
        this.zaaksysteem = zaaksysteem;
        this.beleid = beleid;
        this.klok = klok;
    }

    /** One round: claims a batch of due rows and delivers them. Returns how many were claimed. */
    public Ronde verwerk() {
        Set<Gemeentecode> gemeenten = zaaksysteem.ingesteldeGemeenten();
        if (gemeenten.isEmpty()) {
            return new Ronde(0, 0);
        }
        Instant nu = klok.instant();
        List<Outboxregel> regels = outbox.claim(gemeenten, beleid.batch(), nu, nu.plus(beleid.claimduur()));
        int gelukt = 0;
        for (Outboxregel regel : regels) {
            if (bezorg(regel)) {
                gelukt++;
            }
        }
        return new Ronde(regels.size(), gelukt);
    }

    /** Rounds until nothing is due any more (rows waiting for their backoff are not due). */
    public Ronde verwerkAlles() {
        int geclaimd = 0;
        int gelukt = 0;
        Ronde ronde;
        do {
            ronde = verwerk();
            geclaimd += ronde.geclaimd();
            gelukt += ronde.gelukt();
        } while (ronde.geclaimd() > 0);
        return new Ronde(geclaimd, gelukt);
    }

    private boolean bezorg(Outboxregel regel) {
        try {
            zaaksysteem.voerUit(regel.opdracht(), regel.eerderGeprobeerd());
            outbox.gelukt(regel.id(), klok.instant());
            return true;
        } catch (ZaaksysteemFout fout) {
            int pogingen = regel.pogingen() + 1;
            // ids, kind and counts only: Join's answer may quote personal data, it stays in the outbox row
            if (!fout.isTijdelijk() || beleid.moetParkeren(pogingen)) {
                outbox.parkeer(regel.id(), fout.getMessage());
                LOG.log(WARNING, "Join: outbox row {0} ({1} {2}, gemeente {3}) parked after {4} attempt(s)", regel.id(),
                        regel.opdracht().zaak().waarde(), regel.opdracht().soort(), regel.opdracht().gemeente().waarde(),
                        pogingen);
            } else {
                Duration wachttijd = beleid.wachttijd(pogingen, toeval);
                outbox.mislukt(regel.id(), fout.getMessage(), klok.instant().plus(wachttijd));
                LOG.log(INFO, "Join: outbox row {0} ({1} {2}) failed, attempt {3}; retry in {4}", regel.id(),
                        regel.opdracht().zaak().waarde(), regel.opdracht().soort(), pogingen, wachttijd);
            }
            return false;
        }
    }

    public record Ronde(int geclaimd, int gelukt) {
    }
}
