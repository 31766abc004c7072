package nl.kernpunt.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.kernpunt.adapter.rest.fout.OngeldigeParameter;
import org.junit.jupiter.api.Test;

class ParameterConversieTest {

    private final ParameterConversie conversie = new ParameterConversie();

    private <T> T converteer(Class<T> type, String waarde) {
        return conversie.getConverter(type, type, new Annotation[0]).fromString(waarde);
    }

    @Test
    void well_formed_values_convert_to_their_type() {
        UUID id = UUID.randomUUID();
        assertThat(converteer(UUID.class, id.toString())).isEqualTo(id);
        assertThat(converteer(Integer.class, "20")).isEqualTo(20);
        assertThat(converteer(Boolean.class, "true")).isTrue();
        assertThat(converteer(Boolean.class, "FALSE")).isFalse();
        assertThat(converteer(OffsetDateTime.class, "2025-01-31T09:00:00.123456+01:00"))
                .isEqualTo(OffsetDateTime.of(2025, 1, 31, 9, 0, 0, 123_456_000, ZoneOffset.ofHours(1)));
    }

    @Test
    void a_value_jax_rs_would_turn_into_a_404_or_accept_silently_is_a_bad_parameter_that_keeps_the_value() {
        assertThatThrownBy(() -> converteer(UUID.class, "niet-een-uuid")).isInstanceOf(OngeldigeParameter.class);
        assertThatThrownBy(() -> converteer(UUID.class, "1-1-1-1-1")).isInstanceOf(OngeldigeParameter.class);
        assertThatThrownBy(() -> converteer(Integer.class, "twintig")).isInstanceOf(OngeldigeParameter.class);
        assertThatThrownBy(() -> converteer(OffsetDateTime.class, "2025-01-31T09:00:00")).isInstanceOf(OngeldigeParameter.class);
        assertThatThrownBy(() -> converteer(Boolean.class, "misschien"))
                .isInstanceOfSatisfying(OngeldigeParameter.class, fout -> {
                    assertThat(fout.waarde()).isEqualTo("misschien");
                    assertThat(fout.reden()).isEqualTo("moet true of false zijn");
                });
    }

    @Test
    void other_types_are_left_to_jax_rs() {
        assertThat(conversie.getConverter(String.class, String.class, new Annotation[0])).isNull();
    }
}
