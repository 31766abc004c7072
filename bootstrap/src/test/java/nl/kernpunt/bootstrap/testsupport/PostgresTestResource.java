package nl.kernpunt.bootstrap.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.kernpunt.bootstrap.start.IngebouwdeDatabase;

/**
 * Runs the Quarkus tests against a real, throw-away PostgreSQL (free port, temporary data directory)
 * and a key pair of their own, so no test ever trusts or touches the development key.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private Path sleutelMap;

    @Override
    public Map<String, String> start() {
        try {
            postgres = IngebouwdeDatabase.zonderPersoonsgegevensInLog(EmbeddedPostgres.builder())
                    .setCleanDataDirectory(true).start();
            sleutelMap = Files.createTempDirectory("kernpunt-test-jwt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> instellingen = new HashMap<>(IngebouwdeDatabase.verbindingsinstellingen(postgres));
        instellingen.putAll(TestTokens.vertrouw(sleutelMap));
        return instellingen;
    }

    @Override
    public void stop() {
        TestTokens.vergeet();
        try {
            if (postgres != null) {
                postgres.close();
            }
            if (sleutelMap != null) {
                try (Stream<Path> bestanden = Files.walk(sleutelMap)) {
                    for (Path bestand : bestanden.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(bestand);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
