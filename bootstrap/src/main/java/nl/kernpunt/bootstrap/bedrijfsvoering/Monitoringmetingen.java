package nl.kernpunt.bootstrap.bedrijfsvoering;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery;

/**
 * How often this instance computed the monitoring figures rather than handing out kept ones
 * (docs/adr/0034): against the requests served it shows whether the cache holds under load.
 */
@ApplicationScoped
class Monitoringmetingen {

    void registreer(@Observes StartupEvent start, MonitoringQuery monitoring, MeterRegistry registry) {
        FunctionCounter.builder("kernpunt.monitoring.berekeningen", monitoring, MonitoringQuery::berekeningen)
                .description("Monitoring answers computed from the database rather than kept").register(registry);
    }
}
