package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Verbindingsstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.in.BezorgZaakopdrachtenUseCase;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Delivers outbox rows to the case system. Deliberately not transactional: rows are claimed in one
 * short transaction, the case system is called with none open, the outcome is recorded in another.
 * Several instances may run at once; the claim ({@code FOR UPDATE SKIP LOCKED} plus a lease) keeps
 * them from sending a row twice, and only a zaak's oldest unfinished row is ever claimed. A gemeente
 * whose case system cannot be reached gets one probe at a time until it answers (docs/adr/0012).
 */
@ApplicationScoped
public class ZaakDispatcher implements BezorgZaakopdrachtenUseCase {

    private static final System.Logger LOG = System.getLogger(ZaakDispatcher.class.getName());

    private final ZaakOutboxService outbox;
    private final ZaakRegistratiePort zaaksysteem;
    private final Herhaalbeleid beleid;
    private final Clock klok;
    private final Tempo tempo;
    private final RandomGenerator toeval = RandomGenerator.getDefault();

    public ZaakDispatcher(ZaakOutboxService outbox, ZaakRegistratiePort zaaksysteem, Herhaalbeleid beleid, Clock klok) {
        this.outbox = outbox;
        this.zaaksysteem = zaaksysteem;
        this.beleid = beleid;
        this.klok = klok;
        this.tempo = new Tempo(beleid.tussenpoos());
    }

    @Override
    public Ronde verwerk() {
        Set<Gemeentecode> gemeenten = zaaksysteem.ingesteldeGemeenten();
        if (gemeenten.isEmpty()) {
            return new Ronde(0, 0);
        }
        Instant nu = klok.instant();
        List<Outboxregel> regels = outbox.claim(gemeenten, beleid.batch(), nu, nu.plus(beleid.claimduur()));
        // a row is started only in the first half of its lease, so a slow round (the pace, slow answers)
        // never sends a row another instance may already have taken over
        Instant laatsteStart = nu.plus(beleid.claimduur().dividedBy(2));
        Set<Gemeentecode> onbereikbaar = new HashSet<>();
        int gelukt = 0;
        for (Outboxregel regel : regels) {
            if (onbereikbaar.contains(regel.opdracht().gemeente()) || klok.instant().isAfter(laatsteStart)) {
                // no more calls to a Join that is down, or too late in the lease: the row waits untried
                outbox.geefVrij(regel.id());
            } else if (bezorg(regel, onbereikbaar)) {
                gelukt++;
            }
        }
        return new Ronde(regels.size(), gelukt);
    }

    private boolean bezorg(Outboxregel regel, Set<Gemeentecode> onbereikbaar) {
        Gemeentecode gemeente = regel.opdracht().gemeente();
        tempo.wacht(gemeente);
        try {
            zaaksysteem.voerUit(regel.opdracht(), regel.eerderGeprobeerd());
            meldHersteld(gemeente, outbox.gelukt(regel, klok.instant()));
            return true;
        } catch (ZaaksysteemFout fout) {
            int pogingen = regel.pogingen() + 1;
            Instant nu = klok.instant();
            Instant volgende = nu.plus(beleid.wachttijd(pogingen, toeval));
            if (fout.isOnbereikbaar()) {
                Verbindingsstand stand = outbox.onbereikbaar(regel, fout.getMessage(), volgende, nu);
                if (stand.onbereikbaar()) {
                    onbereikbaar.add(gemeente);
                    meldOnderbroken(gemeente, stand);
                } else {
                    meldHerhaling(regel, pogingen, volgende);
                }
            } else if (beleid.moetParkeren(fout, pogingen)) {
                meldHersteld(gemeente, outbox.parkeer(regel, fout.getMessage(), nu));
                // ids, kind and counts only: Join's answer may quote personal data, it stays in the outbox row
                LOG.log(Level.WARNING, "Join: outbox row {0} ({1} {2}, gemeente {3}) parked after {4} attempt(s)",
                        regel.id(), regel.opdracht().zaak().waarde(), regel.opdracht().soort(), gemeente.waarde(),
                        pogingen);
            } else {
                meldHersteld(gemeente, outbox.mislukt(regel, fout.getMessage(), volgende, nu));
                meldHerhaling(regel, pogingen, volgende);
            }
            return false;
        }
    }

    /**
     * One line per failed attempt that will be retried, while the circuit is closed (once it opens, one
     * line says so instead of one per row). Ids, kind and counts only, as for a parked row.
     */
    private static void meldHerhaling(Outboxregel regel, int pogingen, Instant volgende) {
        LOG.log(Level.INFO, "Join: outbox row {0} ({1} {2}, gemeente {3}) attempt {4} failed; retry at {5}",
                regel.id(), regel.opdracht().zaak().waarde(), regel.opdracht().soort(),
                regel.opdracht().gemeente().waarde(), pogingen, String.valueOf(volgende));
    }

    /** One line when the circuit opens (only the instance that opened it sees no failed probe yet). */
    private static void meldOnderbroken(Gemeentecode gemeente, Verbindingsstand stand) {
        if (stand.mislukteProeven() == 0) {
            LOG.log(Level.WARNING, "Zaaksysteem van gemeente {0} onbereikbaar sinds {1} na {2} mislukte pogingen "
                    + "op rij; alleen nog een proefverzoek per wachttijd", gemeente.waarde(),
                    String.valueOf(stand.onbereikbaarSinds()), String.valueOf(stand.fouten()));
        }
    }

    /** One line when the circuit closes. */
    private void meldHersteld(Gemeentecode gemeente, Optional<Instant> onbereikbaarSinds) {
        onbereikbaarSinds.ifPresent(sinds -> LOG.log(Level.INFO,
                "Zaaksysteem van gemeente {0} weer bereikbaar na {1} s onbereikbaar; de achterstand wordt bezorgd",
                gemeente.waarde(), String.valueOf(Duration.between(sinds, klok.instant()).toSeconds())));
    }
}
