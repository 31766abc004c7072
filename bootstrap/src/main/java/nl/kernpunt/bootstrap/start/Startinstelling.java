package nl.kernpunt.bootstrap.start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a setting before Quarkus runs, when only system properties and environment variables exist.
 * The environment variable name follows the MicroProfile Config rule, so a setting has the same two
 * spellings here as it has once Quarkus reads it.
 */
public final class Startinstelling {

    private Startinstelling() {
    }

    /** The system property, else its environment variable; blank counts as not set. */
    public static Optional<String> lees(String naam) {
        String waarde = System.getProperty(naam);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getenv(omgevingsvariabele(naam));
        }
        return Optional.ofNullable(waarde).filter(w -> !w.isBlank());
    }

    /** Where the embedded database and the development key live: {@code kernpunt.data-dir}, default {@code .kernpunt}. */
    public static Path dataMap() {
        return Path.of(lees("kernpunt.data-dir").orElse(".kernpunt")).toAbsolutePath();
    }

    static String omgevingsvariabele(String naam) {
        return naam.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
