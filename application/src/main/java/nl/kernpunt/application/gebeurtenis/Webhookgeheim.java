package nl.kernpunt.application.gebeurtenis;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscription's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of 32
 * random bytes. {@link #onderteken} gives the {@code webhook-signature} value for one delivery.
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

    /** {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body} under the decoded key. */
    public String onderteken(String id, long tijdstempel, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(waarde.substring(VOORVOEGSEL.length())),
                    "HmacSHA256"));
            byte[] handtekening = mac.doFinal((id + "." + tijdstempel + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(handtekening);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }

    /** The secret never appears in a log line or a toString. */
    @Override
    public String toString() {
        return "Webhookgeheim[***]";
    }
}
