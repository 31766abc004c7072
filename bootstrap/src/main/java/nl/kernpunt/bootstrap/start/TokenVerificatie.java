package nl.kernpunt.bootstrap.start;

import nl.kernpunt.bootstrap.ontwikkeltoken.OntwikkelSleutel;
import org.jboss.logging.Logger;

/** Decides which key the service verifies bearer tokens with, before Quarkus reads its configuration. */
public final class TokenVerificatie {

    private static final Logger LOG = Logger.getLogger(TokenVerificatie.class);
    private static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

    private TokenVerificatie() {
    }

    /** Trusts the local development key, unless the operator configured a real verification key. */
    public static void ontwikkelSleutelTenzijGeconfigureerd() {
        if (Startinstelling.lees(PUBLIC_KEY_LOCATION).isPresent()) {
            return;
        }
        OntwikkelSleutel sleutel = OntwikkelSleutel.standaard();
        System.setProperty(PUBLIC_KEY_LOCATION, sleutel.publicKeyFile().toString());
        // tokens from this key carry this issuer, whatever issuer is configured for a real provider
        System.setProperty("mp.jwt.verify.issuer", OntwikkelSleutel.ISSUER);
        LOG.warnf("Trusting the local development key %s%s: anyone who can read its private key can sign in as anyone. "
                        + "Set %s for real use.", sleutel.publicKeyFile(), sleutel.isNieuw() ? " (just generated)" : "",
                Startinstelling.omgevingsvariabele(PUBLIC_KEY_LOCATION));
    }
}
