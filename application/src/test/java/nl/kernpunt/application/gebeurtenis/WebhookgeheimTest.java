package nl.kernpunt.application.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookgeheimTest {

    private static final String VERWACHT = "hHNf8KchS2gpKWCkODDtFogAYWjqJM5NmhdvAhZuEuk=";

    @Test
    void the_signature_is_the_base64_hmac_of_id_timestamp_and_body_under_the_decoded_key() {
        // key bytes "kernpunt-testsleutel-32-bytes!!!" in base64; the value was computed with
        // `printf '%s' 'msg_1.1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'kernpunt-testsleutel-32-bytes!!!' -binary | base64`
        Webhookgeheim geheim = new Webhookgeheim("whsec_a2VybnB1bnQtdGVzdHNsZXV0ZWwtMzItYnl0ZXMhISE=");
        assertThat(geheim.onderteken("msg_1", 1_700_000_000L, "{\"a\":1}")).isEqualTo("v1," + VERWACHT);
    }

    @Test
    void a_new_secret_is_32_random_bytes_and_never_printed() {
        Webhookgeheim een = Webhookgeheim.nieuw();
        assertThat(een.waarde()).startsWith("whsec_").hasSize(6 + 44);
        assertThat(een).isNotEqualTo(Webhookgeheim.nieuw());
        assertThat(een.toString()).doesNotContain(een.waarde().substring(6));
        assertThatThrownBy(() -> new Webhookgeheim("geheim")).isInstanceOf(IllegalArgumentException.class);
    }
}
