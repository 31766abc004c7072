package nl.kernpunt.domain.begroting;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Sha256;

/**
 * A single-use voting code as the gemeente prints it: 16 characters from an alphabet without
 * look-alikes (no I, L, O, U), in groups of four, 80 random bits from a CSPRNG. Only its SHA-256
 * is stored: with 80 random bits a fast hash cannot be reversed by trying codes, so no slow
 * password hash is needed, and the hash can be a unique key.
 */
public final class Stemcode {

    private static final String ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTE = 16;
    private static final Pattern VORM = Pattern.compile("[" + ALFABET + "]{" + LENGTE + "}");

    private final String tekens;

    private Stemcode(String tekens) {
        this.tekens = tekens;
    }

    public static Stemcode nieuw(SecureRandom toeval) {
        StringBuilder tekens = new StringBuilder(LENGTE);
        for (int i = 0; i < LENGTE; i++) {
            tekens.append(ALFABET.charAt(toeval.nextInt(ALFABET.length())));
        }
        return new Stemcode(tekens.toString());
    }

    /**
     * A code as a resident types it: case, spaces and hyphens do not matter. A code that cannot be
     * one of ours is as unknown as one we never issued.
     */
    public static Stemcode van(String veld, String tekst) {
        String tekens = tekst == null ? "" : tekst.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!VORM.matcher(tekens).matches()) {
            throw new OngeldigeWaarde(veld, "stemcode-onbekend", "is geen uitgegeven stemcode");
        }
        return new Stemcode(tekens);
    }

    /** As printed: {@code ABCD-EFGH-JKMN-PQRS}. */
    public String gedrukt() {
        return String.join("-", tekens.substring(0, 4), tekens.substring(4, 8), tekens.substring(8, 12),
                tekens.substring(12));
    }

    /** What is stored: the hex SHA-256 of the normalised code (ASCII, so UTF-8 gives the same bytes). */
    public String hash() {
        return Sha256.hex(tekens);
    }

    @Override
    public String toString() {
        // never the code itself: it would end up in a log
        return "Stemcode[****]";
    }
}
