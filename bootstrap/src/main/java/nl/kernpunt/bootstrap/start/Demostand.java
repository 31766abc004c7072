package nl.kernpunt.bootstrap.start;

import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Demo mode: everything a developer needs from {@code java -jar} alone, and only reachable from this
 * machine, because the development key lets anyone who can read it sign in as anyone.
 */
public final class Demostand {

    private static final Logger LOG = Logger.getLogger(Demostand.class);
    /** Defaults only: a setting the developer gives wins. */
    private static final Map<String, String> STANDAARD = Map.of(
            "quarkus.http.host", "localhost",
            "kernpunt.cors.origins", "http://localhost:3000,http://localhost:5173",
            "kernpunt.demo-data.enabled", "true");

    private Demostand() {
    }

    public static void bereidVoor() throws IOException {
        LOG.warn("""

                ==========================================================================================
                  DEMO MODE: embedded PostgreSQL, a development token key, demo data, localhost only.
                  Not for real use. Production: KERNPUNT_MODUS=productie with a database and an identity
                  provider of your own (README, 'Production set-up').
                ==========================================================================================""");
        STANDAARD.forEach((naam, waarde) -> {
            if (Startinstelling.lees(naam).isEmpty()) {
                System.setProperty(naam, waarde);
            }
        });
        IngebouwdeDatabase.startTenzijGeconfigureerd();
        TokenVerificatie.ontwikkelSleutelTenzijGeconfigureerd();
    }
}
