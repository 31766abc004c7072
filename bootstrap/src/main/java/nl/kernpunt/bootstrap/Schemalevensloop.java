package nl.kernpunt.bootstrap;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.SuccessfulExecution;
import io.quarkus.scheduler.Trigger;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one home of when scheduled jobs may run (docs/adr/0025). The scheduler starts halted
 * ({@code quarkus.scheduler.start-mode=halted}): no job's first round competes with the start and
 * the first requests; it is resumed {@code kernpunt.schema.eerste-ronde-na} after the start. At a stop
 * it is paused before anything else shuts down, and the stop waits (at most
 * {@code kernpunt.schema.afsluiten-binnen}) for rounds already running, so none of them finds its
 * database session closed under it.
 */
@ApplicationScoped
class Schemalevensloop {

    private static final Logger LOG = Logger.getLogger(Schemalevensloop.class);
    private static final Duration PEILING = Duration.ofMillis(50);

    private final Scheduler scheduler;
    private final Duration eersteRondeNa;
    private final Duration afsluitenBinnen;
    /**
     * Per job, the fire time of its last round that ended. A round skipped because the one before still
     * ran is not counted: the stop then waits, at most the bound, rather than stop under a running round.
     */
    private final Map<String, Instant> laatstKlaar = new ConcurrentHashMap<>();
    private boolean gestopt;

    Schemalevensloop(Scheduler scheduler,
                     @ConfigProperty(name = "kernpunt.schema.eerste-ronde-na") Duration eersteRondeNa,
                     @ConfigProperty(name = "kernpunt.schema.afsluiten-binnen") Duration afsluitenBinnen) {
        this.scheduler = scheduler;
        this.eersteRondeNa = eersteRondeNa;
        this.afsluitenBinnen = afsluitenBinnen;
    }

    /** After the scheduler's own start observer, which the resume needs. */
    void bijStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent start) {
        CompletableFuture.delayedExecutor(eersteRondeNa.toMillis(), TimeUnit.MILLISECONDS).execute(this::hervat);
    }

    private synchronized void hervat() {
        if (!gestopt) {
            scheduler.resume();
        }
    }

    /** Before the default priority: the pause comes before any other bean's shutdown work. */
    void bijStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent stop) {
        synchronized (this) {
            gestopt = true;
            scheduler.pause();
        }
        Instant grens = Instant.now().plus(afsluitenBinnen);
        List<String> lopend = lopend(scheduler.getScheduledJobs(), laatstKlaar);
        while (!lopend.isEmpty() && Instant.now().isBefore(grens)) {
            try {
                Thread.sleep(PEILING.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lopend = lopend(scheduler.getScheduledJobs(), laatstKlaar);
        }
        if (!lopend.isEmpty()) {
            LOG.warnf("Stopping while scheduled jobs still run after %s: %s", afsluitenBinnen, lopend);
        }
    }

    void klaar(@Observes SuccessfulExecution uitvoering) {
        laatstKlaar.put(uitvoering.getExecution().getTrigger().getId(), uitvoering.getExecution().getFireTime());
    }

    void mislukt(@Observes FailedExecution uitvoering) {
        laatstKlaar.put(uitvoering.getExecution().getTrigger().getId(), uitvoering.getExecution().getFireTime());
    }

    /** The jobs whose last round started after the last one that ended: they are running. */
    static List<String> lopend(Collection<Trigger> jobs, Map<String, Instant> laatstKlaar) {
        return jobs.stream()
                .filter(job -> job.getPreviousFireTime() != null)
                .filter(job -> {
                    Instant klaar = laatstKlaar.get(job.getId());
                    return klaar == null || job.getPreviousFireTime().isAfter(klaar);
                })
                .map(Trigger::getId)
                .toList();
    }
}
