package nl.kernpunt.adapter.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kernpunt.application.gebeurtenis.Webhookgeheim;

/** The {@code webhook-signature} of Standard Webhooks: {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}. */
final class Ondertekening {

    private Ondertekening() {
    }

    static String van(Webhookgeheim geheim, String id, long tijdstempel, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.sleutel(), "HmacSHA256"));
            byte[] handtekening = mac.doFinal((id + "." + tijdstempel + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(handtekening);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }
}
