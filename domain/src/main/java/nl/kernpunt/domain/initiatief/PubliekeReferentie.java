package nl.kernpunt.domain.initiatief;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The reference handed to the initiators, with which anyone may read the public status. It is the
 * only key to that status, so it is random (128 bits from a SecureRandom, not derived from the id)
 * and URL-safe: 22 characters of base64url.
 */
public record PubliekeReferentie(String waarde) {

    private static final int BYTES = 16;
    private static final Pattern VORM = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom TOEVAL = new SecureRandom();

    public PubliekeReferentie {
        if (waarde == null || !VORM.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("referentie", "ongeldige-referentie", "is geen geldige referentie");
        }
    }

    public static PubliekeReferentie nieuw() {
        return nieuw(TOEVAL);
    }

    static PubliekeReferentie nieuw(Random toeval) {
        byte[] bytes = new byte[BYTES];
        toeval.nextBytes(bytes);
        return new PubliekeReferentie(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return waarde;
    }
}
