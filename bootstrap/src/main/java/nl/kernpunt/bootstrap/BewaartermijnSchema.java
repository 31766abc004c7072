package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.persoonsgegevens.port.in.AnonimiseerVerlopenUseCase;

/**
 * Anonymises records whose retention term ran out, batch after batch (one transaction each) until a
 * batch comes back short, or the scheduler is paused (a stop: {@link Schemalevensloop}), so a stop waits
 * for one batch, never for the whole backlog; off unless {@code kernpunt.bewaartermijnen.interval} is set.
 */
@ApplicationScoped
class BewaartermijnSchema {

    static final int PARTIJ = 20;

    private final AnonimiseerVerlopenUseCase bewaartermijnen;
    private final Scheduler scheduler;

    BewaartermijnSchema(AnonimiseerVerlopenUseCase bewaartermijnen, Scheduler scheduler) {
        this.bewaartermijnen = bewaartermijnen;
        this.scheduler = scheduler;
    }

    @Scheduled(identity = "bewaartermijnen", every = "${kernpunt.bewaartermijnen.interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        while (bewaartermijnen.anonimiseerVerlopen(PARTIJ) == PARTIJ && scheduler.isRunning()) {
            // a full batch: there may be more
        }
    }
}
