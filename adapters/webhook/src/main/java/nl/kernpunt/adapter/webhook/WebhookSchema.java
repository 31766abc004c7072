package nl.kernpunt.adapter.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.gebeurtenis.port.in.BezorgGebeurtenissenUseCase;

/** Runs the webhook dispatcher; off unless {@code kernpunt.webhooks.dispatch-interval} is set. */
@ApplicationScoped
class WebhookSchema {

    private final BezorgGebeurtenissenUseCase dispatcher;

    WebhookSchema(BezorgGebeurtenissenUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(identity = "webhook-dispatch", every = "${kernpunt.webhooks.dispatch-interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        dispatcher.verwerkAlles();
    }
}
