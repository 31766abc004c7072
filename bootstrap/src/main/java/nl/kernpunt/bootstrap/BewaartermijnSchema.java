package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.persoonsgegevens.port.in.AnonimiseerVerlopenUseCase;

/**
 * Anonymises records whose retention term ran out, batch after batch (one transaction each) until a
 * batch comes back short; off unless {@code kernpunt.bewaartermijnen.interval} is set.
 */
@ApplicationScoped
class BewaartermijnSchema {

    static final int PARTIJ = 20;

    private final AnonimiseerVerlopenUseCase bewaartermijnen;

    BewaartermijnSchema(AnonimiseerVerlopenUseCase bewaartermijnen) {
        this.bewaartermijnen = bewaartermijnen;
    }

    @Scheduled(identity = "bewaartermijnen", every = "${kernpunt.bewaartermijnen.interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        while (bewaartermijnen.anonimiseerVerlopen(PARTIJ) == PARTIJ) {
            // a full batch: there may be more
        }
    }
}
