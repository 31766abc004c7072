package nl.kernpunt.adapter.zaaksysteem;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A ZGW bearer token for one API: HS256 over the shared secret with {@code iss}, {@code iat},
 * {@code client_id}, {@code user_id} and {@code user_representation}, no {@code exp} (servers count
 * their limit from {@code iat}). Reused for a few minutes, then minted afresh.
 */
final class ZgwToken {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String KOP = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final ZaaksysteemInstellingen.Api api;
    private final Duration geldigheid;
    private final Clock klok;
    private String token;
    private Instant gemaaktOp;

    ZgwToken(ZaaksysteemInstellingen.Api api, Duration geldigheid, Clock klok) {
        this.api = api;
        this.geldigheid = geldigheid;
        this.klok = klok;
    }

    synchronized String waarde() {
        Instant nu = klok.instant();
        if (token == null || !nu.isBefore(gemaaktOp.plus(geldigheid))) {
            token = maak(nu);
            gemaaktOp = nu;
        }
        return token;
    }

    private String maak(Instant nu) {
        String inhoud = "{\"iss\":" + json(api.clientId()) + ",\"iat\":" + nu.getEpochSecond()
                + ",\"client_id\":" + json(api.clientId()) + ",\"user_id\":" + json(api.userId())
                + ",\"user_representation\":" + json(api.userRepresentation()) + "}";
        String ondertekend = KOP + "." + BASE64URL.encodeToString(inhoud.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(api.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ondertekend + "." + BASE64URL.encodeToString(mac.doFinal(ondertekend.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 ontbreekt in deze JVM", e);
        }
    }

    private static String json(String tekst) {
        StringBuilder uit = new StringBuilder("\"");
        for (char c : tekst.toCharArray()) {
            if (c == '"' || c == '\\') {
                uit.append('\\').append(c);
            } else if (c < 0x20) {
                uit.append(String.format("\\u%04x", (int) c));
            } else {
                uit.append(c);
            }
        }
        return uit.append('"').toString();
    }
}
