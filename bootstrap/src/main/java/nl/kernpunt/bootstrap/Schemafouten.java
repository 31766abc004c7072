package nl.kernpunt.bootstrap;

import io.quarkus.scheduler.FailedExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.kernpunt.adapter.rest.fout.OnverwachteFouten;
import nl.kernpunt.adapter.rest.fout.Overbelasting;
import org.jboss.logging.Logger;

/**
 * How a failed scheduled round is logged, for every round in one place (docs/adr/0015). Quarkus'
 * own line (switched off in application.properties) is an ERROR with the exception's messages, which
 * may quote a stored row, and comes every second while the database is away. Here a round that found
 * the database unreachable or without a free connection leaves one warning naming only the cause's
 * type (the next round tries again; readiness reports the database); any other failure is an ERROR
 * with its trace without messages, as a request's unexpected failure is.
 */
@ApplicationScoped
class Schemafouten {

    private static final Logger LOG = Logger.getLogger(Schemafouten.class);

    void mislukt(@Observes FailedExecution mislukt) {
        String ronde = mislukt.getExecution().getTrigger().getId();
        Throwable fout = mislukt.getException();
        if (Overbelasting.herken(fout)) {
            LOG.warnf("Ronde %s overgeslagen: de database is niet bereikbaar of heeft geen verbinding vrij (%s)",
                    ronde, fout.getClass().getName());
        } else {
            LOG.errorf("Ronde %s mislukt:%s", ronde, OnverwachteFouten.spoorZonderMeldingen(fout));
        }
    }
}
