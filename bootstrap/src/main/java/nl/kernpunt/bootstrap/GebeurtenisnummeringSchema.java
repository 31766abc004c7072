package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.gebeurtenis.port.in.NummerGebeurtenissenUseCase;

/**
 * Numbers the events other instances wrote (this instance's own are numbered right after their commit),
 * every {@code kernpunt.gebeurtenisnummering.interval} (1 s unless set; docs/adr/0036). With nothing
 * waiting a round is one probe of an empty partial index.
 */
@ApplicationScoped
class GebeurtenisnummeringSchema {

    private final NummerGebeurtenissenUseCase nummering;

    GebeurtenisnummeringSchema(NummerGebeurtenissenUseCase nummering) {
        this.nummering = nummering;
    }

    @Scheduled(identity = "gebeurtenisnummering", every = "${kernpunt.gebeurtenisnummering.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nummer() {
        nummering.nummerAlle();
    }
}
