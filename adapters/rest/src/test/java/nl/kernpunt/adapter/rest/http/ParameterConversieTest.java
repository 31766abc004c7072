package nl.kernpunt.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.kernpunt.adapter.rest.fout.OngeldigeParameter;
import nl.kernpunt.api.model.VraagStatus;
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
        assertThat(converteer(LocalDate.class, "2026-07-01")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(converteer(VraagStatus.class, "wacht-op-inwoner")).isEqualTo(VraagStatus.WACHT_OP_INWONER);
    }

    @Test
    void a_value_outside_an_enum_or_an_impossible_date_names_what_is_allowed() {
        assertThatThrownBy(() -> converteer(VraagStatus.class, "WACHT_OP_INWONER"))
                .isInstanceOfSatisfying(OngeldigeParameter.class, fout -> {
                    assertThat(fout.waarde()).isEqualTo("WACHT_OP_INWONER");
                    assertThat(fout.reden()).isEqualTo("moet een van ontvangen, doorgezet, procesantwoord-gegeven, "
                            + "beantwoord, wacht-op-inwoner, gesloten zijn");
                });
        assertThatThrownBy(() -> converteer(LocalDate.class, "2026-13-01")).isInstanceOf(OngeldigeParameter.class);
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
