package nl.kernpunt.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kernpunt.application.gebeurtenis.Webhookgeheim;
import org.junit.jupiter.api.Test;

class OndertekeningTest {

    @Test
    void the_signature_is_the_base64_hmac_of_id_timestamp_and_body_under_the_decoded_key() {
        // key bytes "kernpunt-testsleutel-32-bytes!!!"; the expected value was computed with
        // printf '%s' 'msg_1.1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'kernpunt-testsleutel-32-bytes!!!' -binary | base64
        Webhookgeheim geheim = new Webhookgeheim("whsec_a2VybnB1bnQtdGVzdHNsZXV0ZWwtMzItYnl0ZXMhISE=");
        assertThat(Ondertekening.van(geheim, "msg_1", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("v1,hHNf8KchS2gpKWCkODDtFogAYWjqJM5NmhdvAhZuEuk=");
    }
}
