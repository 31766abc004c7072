package nl.kernpunt.adapter.zaaksysteem;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.zaaksysteem.port.in.BezorgZaakopdrachtenUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.ReconcilieerZakenUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.VerwerkNotificatiesUseCase;
import org.jboss.logging.Logger;

/**
 * Runs the dispatcher and the processing of received notifications on a schedule, and the
 * reconciliation on another. Both are off unless {@code kernpunt.zaaksysteem.dispatch-interval} (e.g.
 * {@code 5s}) and {@code kernpunt.zaaksysteem.reconciliatie-interval} (e.g. {@code 15m}) are set;
 * tests drive them themselves.
 */
@ApplicationScoped
class ZaakDispatchSchema {

    private static final Logger LOG = Logger.getLogger(ZaakDispatchSchema.class);

    private final BezorgZaakopdrachtenUseCase dispatcher;
    private final VerwerkNotificatiesUseCase notificaties;
    private final ReconcilieerZakenUseCase reconciliatie;

    ZaakDispatchSchema(BezorgZaakopdrachtenUseCase dispatcher, VerwerkNotificatiesUseCase notificaties,
                       ReconcilieerZakenUseCase reconciliatie) {
        this.dispatcher = dispatcher;
        this.notificaties = notificaties;
        this.reconciliatie = reconciliatie;
    }

    @Scheduled(identity = "zaak-dispatch", every = "${kernpunt.zaaksysteem.dispatch-interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        dispatcher.verwerkAlles();
        notificaties.verwerk();
    }

    @Scheduled(identity = "zaak-reconciliatie", every = "${kernpunt.zaaksysteem.reconciliatie-interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcilieer() {
        LOG.infof("Join reconciliation: %s", reconciliatie.reconcilieer());
    }
}
