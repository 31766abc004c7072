package nl.kernpunt.bootstrap.bedrijfsvoering;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.application.bedrijfsvoering.port.in.BedrijfscijfersQuery;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.jboss.logging.Logger;

/**
 * Our own figures per gemeente as Prometheus gauges. They are counted on a schedule, not per scrape,
 * so any number of scrapers (and the readiness probe) cost one set of aggregate queries per interval.
 */
@ApplicationScoped
public class Bedrijfsmetingen {

    private static final Logger LOG = Logger.getLogger(Bedrijfsmetingen.class);

    private final BedrijfscijfersQuery query;
    private final MeterRegistry registry;
    private final AtomicReference<Map<Gemeentecode, Bedrijfscijfers>> laatste = new AtomicReference<>(Map.of());
    private final Set<Gemeentecode> geregistreerd = ConcurrentHashMap.newKeySet();

    public Bedrijfsmetingen(BedrijfscijfersQuery query, MeterRegistry registry) {
        this.query = query;
        this.registry = registry;
    }

    @Scheduled(identity = "bedrijfscijfers", every = "${kernpunt.metrics.interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tel() {
        try {
            Map<Gemeentecode, Bedrijfscijfers> cijfers = query.perGemeente();
            laatste.set(cijfers);
            cijfers.keySet().stream().filter(geregistreerd::add).forEach(this::registreer);
        } catch (RuntimeException e) {
            // the last figures stay; the database health check reports the cause
            LOG.warnf("Could not count the operational figures: %s", e.toString());
        }
    }

    /** The figures of the last count; empty before the first. */
    public Map<Gemeentecode, Bedrijfscijfers> laatste() {
        return laatste.get();
    }

    private void registreer(Gemeentecode gemeente) {
        meter("kernpunt.zaak.outbox.rijen", "Join outbox rows never tried", gemeente, "wachtend",
                Bedrijfscijfers::outboxWachtend);
        meter("kernpunt.zaak.outbox.rijen", "Join outbox rows waiting for a retry", gemeente, "opnieuw",
                Bedrijfscijfers::outboxOpnieuw);
        meter("kernpunt.zaak.outbox.rijen", "Join outbox rows parked for a person", gemeente, "geparkeerd",
                Bedrijfscijfers::outboxGeparkeerd);
        meter("kernpunt.zaak.outbox.oudste.wachtend.seconds", "Age of the oldest undelivered Join outbox row",
                gemeente, null, c -> c.oudsteWachtend().toSeconds());
        meter("kernpunt.zaak.conflicten.open", "Changes in Join our rules refused, not yet resolved", gemeente, null,
                Bedrijfscijfers::openConflicten);
        meter("kernpunt.vragen.verlopen", "Residents' questions past their answer term", gemeente, null,
                Bedrijfscijfers::verlopenVragen);
        meter("kernpunt.afspraken.verlopen", "Open agreements past their due date", gemeente, null,
                Bedrijfscijfers::verlopenAfspraken);
    }

    /** {@code toestand} tells the outbox rows apart; the other figures have only the gemeente. */
    private void meter(String naam, String omschrijving, Gemeentecode gemeente, String toestand,
                       ToDoubleFunction<Bedrijfscijfers> cijfer) {
        Gauge.Builder<?> builder = Gauge.builder(naam, () -> waarde(gemeente, cijfer))
                .description(omschrijving).tag("gemeente", gemeente.waarde());
        if (toestand != null) {
            builder.tag("toestand", toestand);
        }
        builder.register(registry);
    }

    private double waarde(Gemeentecode gemeente, ToDoubleFunction<Bedrijfscijfers> cijfer) {
        return cijfer.applyAsDouble(laatste.get().getOrDefault(gemeente, Bedrijfscijfers.GEEN));
    }
}
