package nl.kernpunt.adapter.zaaksysteem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The token as a ZGW server checks it: recomputed HS256 over the secret, the claims ZGW asks for and no others. */
class ZgwTokenTest {

    private static final Instant NU = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void is_hs256_over_the_secret_with_the_zgw_claims_and_no_expiry() throws Exception {
        String token = new ZgwToken(api("kern\"punt", "geheim-van-32-tekens-0123456789ab"), Duration.ofMinutes(4),
                Clock.fixed(NU, ZoneOffset.UTC)).waarde();

        String[] delen = token.split("\\.");
        assertThat(delen[2]).isEqualTo(hs256("geheim-van-32-tekens-0123456789ab", delen[0] + "." + delen[1]));
        assertThat(json(delen[0]).get("alg").asText()).isEqualTo("HS256");
        JsonNode claims = json(delen[1]);
        assertThat(claims.get("iss").asText()).isEqualTo("kern\"punt");
        assertThat(claims.get("client_id").asText()).isEqualTo("kern\"punt");
        assertThat(claims.get("iat").asLong()).isEqualTo(NU.getEpochSecond());
        assertThat(claims.get("user_id").asText()).isEqualTo("kernpunt");
        assertThat(claims.get("user_representation").asText()).isEqualTo("Kernpunt \\ gemeente");
        assertThat(claims.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("iss", "iat", "client_id", "user_id", "user_representation");
    }

    @Test
    void a_secret_shorter_than_256_bits_still_signs() throws Exception {
        String token = new ZgwToken(api("kernpunt", "kort"), Duration.ofMinutes(4), Clock.fixed(NU, ZoneOffset.UTC))
                .waarde();

        String[] delen = token.split("\\.");
        assertThat(delen[2]).isEqualTo(hs256("kort", delen[0] + "." + delen[1]));
    }

    private static String hs256(String geheim, String inhoud) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(inhoud.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(String deel) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(deel));
    }

    private static ZaaksysteemInstellingen.Api api(String clientId, String geheim) {
        return new ZaaksysteemInstellingen.Api() {
            public String url() {
                return "http://join.invalid/zaken/api/v1";
            }

            public String clientId() {
                return clientId;
            }

            public String secret() {
                return geheim;
            }

            public String userId() {
                return "kernpunt";
            }

            public String userRepresentation() {
                return "Kernpunt \\ gemeente";
            }
        };
    }
}
