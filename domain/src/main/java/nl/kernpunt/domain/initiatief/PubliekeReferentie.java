package nl.kernpunt.domain.initiatief;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The reference handed to the initiators, with which anyone may read the public status. It is the
 * only key to that status, so it is random (128 bits from a SecureRandom, not derived from the id)
 * and URL-safe: 22 characters of base64url.
 */
public record PubliekeReferentie(String waarde) {

    private static final int BYTES = 16;
    private static final int LENGTE = 22;
    private static final SecureRandom TOEVAL = new SecureRandom();

    public PubliekeReferentie {
        if (!welgevormd(waarde)) {
            throw new OngeldigeWaarde("referentie", "ongeldige-referentie", "is geen geldige referentie");
        }
    }

    /**
     * 22 characters of [A-Za-z0-9_-], checked by hand: a regex matcher per row cost a noticeable share
     * of reading a page of 100 (docs/adr/0037), and every stored reference passes here again.
     */
    private static boolean welgevormd(String waarde) {
        if (waarde == null || waarde.length() != LENGTE) {
            return false;
        }
        for (int i = 0; i < LENGTE; i++) {
            char c = waarde.charAt(i);
            boolean toegestaan = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!toegestaan) {
                return false;
            }
        }
        return true;
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
