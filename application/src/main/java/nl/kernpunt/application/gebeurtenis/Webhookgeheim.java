package nl.kernpunt.application.gebeurtenis;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32
 * random bytes. The adapter that posts a delivery signs it with {@link #sleutel}.
 */
public record Webhookgeheim(String waarde) {

    private static final String VOORVOEGSEL = "whsec_";
    private static final SecureRandom TOEVAL = new SecureRandom();

    public Webhookgeheim {
        Objects.requireNonNull(waarde, "waarde");
        if (!waarde.startsWith(VOORVOEGSEL)) {
            throw new IllegalArgumentException("een webhookgeheim begint met " + VOORVOEGSEL);
        }
    }

    public static Webhookgeheim nieuw() {
        byte[] sleutel = new byte[32];
        TOEVAL.nextBytes(sleutel);
        return new Webhookgeheim(VOORVOEGSEL + Base64.getEncoder().encodeToString(sleutel));
    }

    /** The key the signatures are made with: the decoded part after {@code whsec_}. */
    public byte[] sleutel() {
        return Base64.getDecoder().decode(waarde.substring(VOORVOEGSEL.length()));
    }

    /** The secret never appears in a log line or a toString. */
    @Override
    public String toString() {
        return "Webhookgeheim[***]";
    }
}
