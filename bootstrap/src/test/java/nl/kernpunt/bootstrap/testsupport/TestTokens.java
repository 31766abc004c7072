package nl.kernpunt.bootstrap.testsupport;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import nl.kernpunt.bootstrap.ontwikkeltoken.OntwikkelSleutel;
import nl.kernpunt.bootstrap.ontwikkeltoken.TokenUitgever;

/** Bearer tokens for the HTTP tests, signed with the key {@link PostgresTestResource} told the service to trust. */
public final class TestTokens {

    static final String ISSUER = "kernpunt-test";

    // A system property rather than a static field: the test resource and the tests may be loaded by
    // different class loaders, and only the JVM-wide properties are shared between them.
    private static final String SLEUTELMAP = "kernpunt.test.jwt-dir";
    private static final String NAAM = "Testgebruiker";
    private static final Duration GELDIG = Duration.ofMinutes(10);

    private TestTokens() {
    }

    /** A valid token of a user of this gemeente with these roles. */
    public static String voor(String gemeentecode, String... rollen) {
        Instant nu = Instant.now();
        return uitgever(vertrouwdeSleutel()).geefUit(NAAM, gemeentecode, Set.of(rollen), nu, nu.plus(GELDIG));
    }

    /** A token that was valid but expired an hour ago. */
    public static String verlopen(String gemeentecode, String... rollen) {
        Instant uitgegeven = Instant.now().minus(Duration.ofHours(2));
        return uitgever(vertrouwdeSleutel()).geefUit(NAAM, gemeentecode, Set.of(rollen), uitgegeven, uitgegeven.plus(Duration.ofHours(1)));
    }

    /** A token whose issuing moment lies this far ahead, as a clock running fast would make it. */
    public static String uitgegevenOver(Duration voorsprong, String gemeentecode, String... rollen) {
        Instant uitgegeven = Instant.now().plus(voorsprong);
        return uitgever(vertrouwdeSleutel()).geefUit(NAAM, gemeentecode, Set.of(rollen), uitgegeven, uitgegeven.plus(GELDIG));
    }

    /** A token that looks right but is signed by a key the service does not trust. */
    public static String vanVreemdeSleutel(String gemeentecode, String... rollen) {
        Instant nu = Instant.now();
        return new TokenUitgever(VreemdeSleutel.PAAR.getPrivate(), ISSUER)
                .geefUit(NAAM, gemeentecode, Set.of(rollen), nu, nu.plus(GELDIG));
    }

    /**
     * Makes a key pair in this directory that the tokens from here on are signed with, and returns the
     * settings that make a service trust it (as -D options for a service in a process of its own).
     */
    public static Map<String, String> vertrouw(Path sleutelMap) {
        OntwikkelSleutel sleutel = OntwikkelSleutel.in(sleutelMap);
        System.setProperty(SLEUTELMAP, sleutelMap.toString());
        return Map.of("mp.jwt.verify.publickey.location", sleutel.publicKeyFile().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    public static void vergeet() {
        System.clearProperty(SLEUTELMAP);
    }

    private static OntwikkelSleutel vertrouwdeSleutel() {
        String map = System.getProperty(SLEUTELMAP);
        if (map == null) {
            throw new IllegalStateException("No test key: annotate the test with @QuarkusTestResource(PostgresTestResource.class)");
        }
        // read each time: a restarted test application gets a new key in a new directory
        return OntwikkelSleutel.in(Path.of(map));
    }

    private static TokenUitgever uitgever(OntwikkelSleutel sleutel) {
        return new TokenUitgever(sleutel.privateKey(), ISSUER);
    }

    /** Generated on first use only: RSA key generation takes a noticeable moment. */
    private static final class VreemdeSleutel {
        static final KeyPair PAAR = OntwikkelSleutel.genereer();
    }
}
