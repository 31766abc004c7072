package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import nl.kernpunt.application.gebeurtenis.Bezorging;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gebeurtenis.Gebeurtenisinstellingen;
import nl.kernpunt.application.gebeurtenis.WebhookFout;
import nl.kernpunt.application.gebeurtenis.Webhookbeleid;
import nl.kernpunt.application.gebeurtenis.port.in.BezorgGebeurtenissenUseCase;
import nl.kernpunt.application.gebeurtenis.port.out.WebhookPort;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;

/**
 * Posts due deliveries to the subscribers. Not transactional: claimed in one short transaction, posted
 * with none open, the outcome recorded in another, as the Join dispatcher does; several instances share
 * the work through the lease. A delivery is started only in the first half of its lease, so it is never
 * posted by one instance after another may have taken it over.
 */
@ApplicationScoped
public class WebhookDispatcher implements BezorgGebeurtenissenUseCase {

    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    private final BezorgingService bezorgingen;
    private final WebhookPort webhooks;
    private final Webhookbeleid beleid;
    private final Gebeurtenisinstellingen instellingen;
    private final Clock klok;
    private final RandomGenerator toeval = RandomGenerator.getDefault();

    public WebhookDispatcher(BezorgingService bezorgingen, WebhookPort webhooks, Webhookbeleid beleid,
                             Gebeurtenisinstellingen instellingen, Clock klok) {
        this.bezorgingen = bezorgingen;
        this.webhooks = webhooks;
        this.beleid = beleid;
        this.instellingen = instellingen;
        this.klok = klok;
    }

    @Override
    public Ronde verwerk() {
        Herhaalbeleid herhaling = beleid.herhaling();
        Instant nu = klok.instant();
        List<Bezorging> geclaimd = bezorgingen.claim(herhaling.batch(), nu, nu.plus(herhaling.claimduur()));
        Instant laatsteStart = nu.plus(herhaling.claimduur().dividedBy(2));
        int gelukt = 0;
        for (Bezorging bezorging : geclaimd) {
            if (klok.instant().isAfter(laatsteStart)) {
                bezorgingen.geefVrij(bezorging.id());
            } else if (bezorg(bezorging)) {
                gelukt++;
            }
        }
        return new Ronde(geclaimd.size(), gelukt);
    }

    private boolean bezorg(Bezorging bezorging) {
        try {
            webhooks.bezorg(bezorging.abonnement(), Cloudevent.van(bezorging.gebeurtenis(), instellingen));
            bezorgingen.gelukt(bezorging.id(), klok.instant());
            return true;
        } catch (WebhookFout fout) {
            int pogingen = bezorging.pogingen() + 1;
            // ids, type and the failure's kind only: no URL (it may carry a token), no body
            if (beleid.moetParkeren(pogingen)) {
                bezorgingen.parkeer(bezorging.id(), fout.getMessage());
                LOG.log(Level.WARNING, "Webhook: bezorging {0} (gebeurtenis {1}, {2}, abonnement {3}, gemeente {4}) "
                                + "geparkeerd na {5} poging(en): {6}", bezorging.id(), bezorging.gebeurtenis().id(),
                        bezorging.gebeurtenis().type(), bezorging.abonnement().id(),
                        bezorging.abonnement().gemeente().waarde(), pogingen, fout.getMessage());
            } else {
                Instant volgende = klok.instant().plus(beleid.herhaling().wachttijd(pogingen, toeval));
                bezorgingen.mislukt(bezorging.id(), fout.getMessage(), volgende);
                LOG.log(Level.INFO, "Webhook: bezorging {0} (gebeurtenis {1}, abonnement {2}) mislukt ({3}), "
                                + "poging {4}, opnieuw om {5}", bezorging.id(), bezorging.gebeurtenis().id(),
                        bezorging.abonnement().id(), fout.getMessage(), pogingen, volgende);
            }
            return false;
        }
    }
}
