package nl.kernpunt.bootstrap.bedrijfsvoering;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * A stuck Join outbox is a warning in the readiness data, never not-ready: taking instances out of
 * the load balancer would not bring Join back, and the outbox exists so that we keep serving.
 */
@Readiness
@ApplicationScoped
public class ZaakOutboxGereedheid implements HealthCheck {

    private final Bedrijfsmetingen metingen;
    private final Duration waarschuwNa;

    public ZaakOutboxGereedheid(Bedrijfsmetingen metingen,
                                @ConfigProperty(name = "kernpunt.health.outbox-waarschuwing-na", defaultValue = "PT15M")
                                Duration waarschuwNa) {
        this.metingen = metingen;
        this.waarschuwNa = waarschuwNa;
    }

    @Override
    public HealthCheckResponse call() {
        Collection<Bedrijfscijfers> cijfers = metingen.laatste().values();
        long geparkeerd = cijfers.stream().mapToLong(Bedrijfscijfers::outboxGeparkeerd).sum();
        Duration oudste = cijfers.stream().map(Bedrijfscijfers::oudsteWachtend).max(Duration::compareTo)
                .orElse(Duration.ZERO);
        HealthCheckResponseBuilder antwoord = HealthCheckResponse.named("Join outbox").up()
                .withData("wachtend", cijfers.stream().mapToLong(c -> c.outboxWachtend() + c.outboxOpnieuw()).sum())
                .withData("geparkeerd", geparkeerd)
                .withData("oudsteWachtendSeconden", oudste.toSeconds());
        if (geparkeerd > 0 || oudste.compareTo(waarschuwNa) > 0) {
            antwoord.withData("waarschuwing", "rows are parked or have waited longer than " + waarschuwNa
                    + "; see /api/v1/zaaksysteem/synchronisatie");
        }
        return antwoord.build();
    }
}
