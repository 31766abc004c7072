package nl.kernpunt.bootstrap.start;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL without installing one: zonky unpacks the binaries and runs them on a data
 * directory of our own, so {@code java -jar} is all a developer needs.
 */
public final class IngebouwdeDatabase {

    private static final Logger LOG = Logger.getLogger(IngebouwdeDatabase.class);
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String POORT = "kernpunt.embedded-postgres.port";
    private static final int STANDAARD_POORT = 5433;

    private IngebouwdeDatabase() {
    }

    /** Starts the embedded PostgreSQL and points the datasource at it, unless a database is configured. */
    public static void startTenzijGeconfigureerd() throws IOException {
        Optional<String> geconfigureerd = Startinstelling.lees(JDBC_URL);
        if (geconfigureerd.isPresent()) {
            // the query part may carry a password
            LOG.infof("Database: %s (configured)", geconfigureerd.get().replaceFirst("\\?.*$", ""));
            return;
        }
        Path dataMap = Startinstelling.dataMap().resolve("pgdata");
        int poort = poort();
        eisVrij(poort);
        EmbeddedPostgres postgres = zonderPersoonsgegevensInLog(EmbeddedPostgres.builder())
                .setDataDirectory(dataMap)
                .setCleanDataDirectory(false) // the data must survive restarts
                .setPort(poort) // fixed, so a database tool can keep its connection settings
                // initdb trusts every local connection: never listen beyond this machine
                .setServerConfig("listen_addresses", "localhost")
                // zonky turns this off for speed; a kept database must not lose committed work in a crash
                .setServerConfig("synchronous_commit", "on")
                // a JVM shutdown hook stops PostgreSQL, on System.exit and on SIGTERM alike
                .setRegisterShutdownHook(true)
                .start();
        eisEigenServer(postgres, dataMap);
        verbindingsinstellingen(postgres).forEach(System::setProperty);
        LOG.infof("Database: embedded PostgreSQL on localhost:%d, data in %s", poort, dataMap);
    }

    /**
     * PostgreSQL's own log would otherwise quote the failing row (DETAIL) and statement of every
     * error: personal data in a log nobody can correct. Terse errors keep the message and constraint.
     */
    public static EmbeddedPostgres.Builder zonderPersoonsgegevensInLog(EmbeddedPostgres.Builder bouwer) {
        return bouwer.setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic");
    }

    /** The datasource settings that reach a started embedded PostgreSQL. */
    public static Map<String, String> verbindingsinstellingen(EmbeddedPostgres postgres) {
        return Map.of(
                JDBC_URL, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                // trust authentication ignores it
                "quarkus.datasource.password", "postgres");
    }

    /**
     * zonky waits until something answers on the port, so a PostgreSQL already listening there (another
     * instance's) would silently become ours: the port must be free before we start.
     */
    private static void eisVrij(int poort) {
        try (ServerSocket proef = new ServerSocket()) {
            proef.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort));
        } catch (IOException e) {
            throw new Startfout("port " + poort + " for the embedded PostgreSQL is in use (another Kernpunt or "
                    + "PostgreSQL?); set " + Startinstelling.omgevingsvariabele(POORT) + " to a free port", e);
        }
    }

    /** Against the race between the check above and the start: the server that answers must run on our data. */
    private static void eisEigenServer(EmbeddedPostgres postgres, Path dataMap) throws IOException {
        try (Connection verbinding = postgres.getPostgresDatabase().getConnection();
             Statement opdracht = verbinding.createStatement();
             ResultSet rij = opdracht.executeQuery("SHOW data_directory")) {
            rij.next();
            Path bediend = Path.of(rij.getString(1)).toRealPath();
            if (!bediend.equals(dataMap.toRealPath())) {
                throw new Startfout("the PostgreSQL on port " + postgres.getPort() + " serves " + bediend
                        + ", not our " + dataMap + "; set " + Startinstelling.omgevingsvariabele(POORT)
                        + " to a free port");
            }
        } catch (SQLException e) {
            throw new Startfout("the embedded PostgreSQL on port " + postgres.getPort() + " does not answer", e);
        }
    }

    private static int poort() {
        String waarde = Startinstelling.lees(POORT).orElse(String.valueOf(STANDAARD_POORT));
        try {
            return Integer.parseInt(waarde.trim());
        } catch (NumberFormatException e) {
            throw new Startfout(Startinstelling.omgevingsvariabele(POORT) + " is not a port number: " + waarde, e);
        }
    }
}
