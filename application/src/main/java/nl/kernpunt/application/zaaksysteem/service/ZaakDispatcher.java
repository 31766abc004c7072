package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.in.BezorgZaakopdrachtenUseCase;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Delivers outbox rows to the case system. Deliberately not transactional: rows are claimed in one
 * short transaction, the case system is called with none open, the outcome is recorded in another.
 * Several instances may run at once; the claim ({@code FOR UPDATE SKIP LOCKED} plus a lease) keeps
 * them from sending a row twice, and only a zaak's oldest unfinished row is ever claimed.
 */
@ApplicationScoped
public class ZaakDispatcher implements BezorgZaakopdrachtenUseCase {

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

    @Override
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

    @Override
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
            if (!fout.isTijdelijk() || beleid.moetParkeren(pogingen)) {
                outbox.parkeer(regel.id(), fout.getMessage());
            } else {
                outbox.mislukt(regel.id(), fout.getMessage(), klok.instant().plus(beleid.wachttijd(pogingen, toeval)));
            }
            return false;
        }
    }
}
