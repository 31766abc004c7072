package nl.kernpunt.adapter.zaaksysteem;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.service.NotificatieVerwerker;
import nl.kernpunt.application.service.ZaakDispatcher;

/**
 * Runs the dispatcher and the processing of received notifications on a schedule. Off unless {@code kernpunt.zaaksysteem.dispatch-interval} is
 * set (e.g. {@code 5s}); tests drive the dispatcher themselves.
 */
@ApplicationScoped
class ZaakDispatchSchema {

    private final ZaakDispatcher dispatcher;
    private final NotificatieVerwerker notificaties;

    ZaakDispatchSchema(ZaakDispatcher dispatcher, NotificatieVerwerker notificaties) {
        this.dispatcher = dispatcher;
        this.notificaties = notificaties;
    }

    @Scheduled(identity = "zaak-dispatch", every = "${kernpunt.zaaksysteem.dispatch-interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        dispatcher.verwerkAlles();
        notificaties.verwerk();
    }
}
