package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.gebeurtenis.port.in.MeldVerlopenTermijnenUseCase;

/** Reports terms that ran out; off unless {@code kernpunt.termijnbewaking.interval} is set. */
@ApplicationScoped
class TermijnbewakingSchema {

    private final MeldVerlopenTermijnenUseCase termijnen;

    TermijnbewakingSchema(MeldVerlopenTermijnenUseCase termijnen) {
        this.termijnen = termijnen;
    }

    @Scheduled(identity = "termijnbewaking", every = "${kernpunt.termijnbewaking.interval:off}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ronde() {
        termijnen.meldVerlopen();
    }
}
