package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.monitoring.port.in.VouwCijfersUseCase;

/** Folds monitoring's deltas every {@code kernpunt.monitoring.vouwen} (10 s unless set; "off" stops it). */
@ApplicationScoped
class CijferboekSchema {

    private final VouwCijfersUseCase cijfers;

    CijferboekSchema(VouwCijfersUseCase cijfers) {
        this.cijfers = cijfers;
    }

    @Scheduled(identity = "monitoring-vouwen", every = "${kernpunt.monitoring.vouwen:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void vouw() {
        cijfers.vouw();
    }
}
