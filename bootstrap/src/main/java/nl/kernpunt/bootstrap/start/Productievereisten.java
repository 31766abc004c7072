package nl.kernpunt.bootstrap.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kernpunt.bootstrap.ontwikkeltoken.OntwikkelSleutel;

/**
 * What production mode needs before it starts: a database and an identity provider of the operator's
 * own. Every problem is named at once, by its environment variable, so one failed start is enough
 * to fix them all.
 */
public final class Productievereisten {

    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String ISSUER = "mp.jwt.verify.issuer";
    private static final List<String> VERPLICHT = List.of(Modus.JDBC_URL, "quarkus.datasource.username",
            "quarkus.datasource.password", PUBLIC_KEY_LOCATION, ISSUER);

    private Productievereisten() {
    }

    /** The problems that keep production mode from starting; empty when it may start. */
    public static List<String> problemen(Function<String, Optional<String>> instellingen, Path ontwikkelSleutel) {
        List<String> problemen = new ArrayList<>();
        for (String naam : VERPLICHT) {
            if (instellingen.apply(naam).isEmpty()) {
                problemen.add(Startinstelling.omgevingsvariabele(naam) + " is not set");
            }
        }
        instellingen.apply(ISSUER).filter(OntwikkelSleutel.ISSUER::equals).ifPresent(issuer -> problemen.add(
                Startinstelling.omgevingsvariabele(ISSUER) + " is the development issuer '" + issuer + "'"));
        instellingen.apply(PUBLIC_KEY_LOCATION).filter(locatie -> isBestand(locatie, ontwikkelSleutel)).ifPresent(
                locatie -> problemen.add(Startinstelling.omgevingsvariabele(PUBLIC_KEY_LOCATION)
                        + " points at the development key " + locatie));
        return problemen;
    }

    /** Throws when production mode may not start. */
    public static void controleer(Function<String, Optional<String>> instellingen, Path ontwikkelSleutel) {
        List<String> problemen = problemen(instellingen, ontwikkelSleutel);
        if (!problemen.isEmpty()) {
            throw new Startfout("production mode (" + Startinstelling.omgevingsvariabele(Modus.INSTELLING)
                    + "=productie, or a database was configured) needs its own database and identity provider: "
                    + String.join("; ", problemen) + ". See README, 'Production set-up'.");
        }
    }

    private static boolean isBestand(String locatie, Path bestand) {
        String pad = locatie.startsWith("file:") ? locatie.substring("file:".length()) : locatie;
        if (pad.contains("://")) {
            return false;
        }
        return Path.of(pad).toAbsolutePath().normalize().equals(bestand.toAbsolutePath().normalize());
    }
}
