package nl.kernpunt.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import nl.kernpunt.application.voordeur.Verzoeklimiet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The front door's request limit from configuration (docs/adr/0021). */
public class VerzoeklimietProducer {

    @Produces
    @Singleton
    Verzoeklimiet verzoeklimiet(
            @ConfigProperty(name = "kernpunt.voordeur.limiet.per-adres", defaultValue = "10") int perAdres,
            @ConfigProperty(name = "kernpunt.voordeur.limiet.per-app-sleutel", defaultValue = "600") int perAppSleutel,
            @ConfigProperty(name = "kernpunt.voordeur.limiet.venster", defaultValue = "PT10M") Duration venster) {
        return new Verzoeklimiet(perAdres, perAppSleutel, venster);
    }
}
