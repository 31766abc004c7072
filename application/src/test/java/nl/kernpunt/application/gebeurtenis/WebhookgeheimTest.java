package nl.kernpunt.application.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookgeheimTest {

    @Test
    void a_new_secret_is_32_random_bytes_and_never_printed() {
        Webhookgeheim een = Webhookgeheim.nieuw();
        assertThat(een.waarde()).startsWith("whsec_").hasSize(6 + 44);
        assertThat(een).isNotEqualTo(Webhookgeheim.nieuw());
        assertThat(een.toString()).doesNotContain(een.waarde().substring(6));
        assertThat(een.sleutel()).hasSize(32);
        assertThatThrownBy(() -> new Webhookgeheim("geheim")).isInstanceOf(IllegalArgumentException.class);
    }
}
