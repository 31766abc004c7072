package nl.kernpunt.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import nl.kernpunt.adapter.rest.http.Transportgrenzen;
import nl.kernpunt.bootstrap.ontwikkeltoken.OntwikkelSleutel;
import nl.kernpunt.bootstrap.ontwikkeltoken.TokenOpdracht;
import nl.kernpunt.bootstrap.start.Demostand;
import nl.kernpunt.bootstrap.start.Modus;
import nl.kernpunt.bootstrap.start.Productievereisten;
import nl.kernpunt.bootstrap.start.Sporen;
import nl.kernpunt.bootstrap.start.Startfout;
import nl.kernpunt.bootstrap.start.Startinstelling;
import org.jboss.logging.Logger;

/**
 * The entry point: {@code token ...} prints a development token without starting the service;
 * anything else starts the service in demo or production mode ({@link Modus}). What must be decided
 * before Quarkus reads its configuration (which database, which token key) is decided here and
 * handed over as system properties.
 */
@QuarkusMain
public class KernpuntMain {

    private static final Logger LOG = Logger.getLogger(KernpuntMain.class);
    /**
     * Set by Quarkus when it runs the application to record an AppCDS archive (at package with
     * {@code quarkus.package.jar.appcds.enabled}, or in the container build): it stops after the
     * static start, so neither mode is prepared, no database is started and no key is made.
     */
    private static final String ARCHIEF_OPNAME = "quarkus.appcds.generate";

    public static void main(String... args) throws IOException {
        if (args.length > 0 && args[0].equals("token")) {
            TokenOpdracht opdracht = new TokenOpdracht(OntwikkelSleutel::standaard, Clock.systemUTC());
            System.exit(opdracht.voerUit(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (Boolean.getBoolean(ARCHIEF_OPNAME)) {
            Quarkus.run(args);
            return;
        }
        Sporen.uitTenzijEindpunt();
        try {
            if (Modus.bepaal(Startinstelling::lees) == Modus.PRODUCTIE) {
                Productievereisten.controleer(Startinstelling::lees, OntwikkelSleutel.standaardPublicKeyFile());
                LOG.info("Production mode");
            } else {
                Demostand.bereidVoor();
            }
        } catch (Startfout fout) {
            // the log is not set up before Quarkus runs: its buffered lines would be lost with this exit
            System.err.println("Kernpunt does not start: " + fout.getMessage());
            System.exit(1);
        }
        // Quarkus reads it when its HTTP layer loads: from here on Transportgrenzen answers such a URL
        System.setProperty(Transportgrenzen.QUARKUS_URI_CONTROLE_UIT, "true");
        Quarkus.run(args);
    }
}
