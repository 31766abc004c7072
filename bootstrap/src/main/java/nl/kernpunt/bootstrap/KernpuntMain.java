package nl.kernpunt.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import nl.kernpunt.bootstrap.ontwikkeltoken.OntwikkelSleutel;
import nl.kernpunt.bootstrap.ontwikkeltoken.TokenOpdracht;
import nl.kernpunt.bootstrap.start.IngebouwdeDatabase;
import nl.kernpunt.bootstrap.start.TokenVerificatie;

/**
 * The entry point: {@code token ...} prints a development token without starting the service;
 * anything else starts the service. What must be decided before Quarkus reads its configuration
 * (which database, which token key) is decided here and handed over as system properties.
 */
@QuarkusMain
public class KernpuntMain {

    public static void main(String... args) throws IOException {
        if (args.length > 0 && args[0].equals("token")) {
            TokenOpdracht opdracht = new TokenOpdracht(OntwikkelSleutel::standaard, Clock.systemUTC());
            System.exit(opdracht.voerUit(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        IngebouwdeDatabase.startTenzijGeconfigureerd();
        TokenVerificatie.ontwikkelSleutelTenzijGeconfigureerd();
        Quarkus.run(args);
    }
}
