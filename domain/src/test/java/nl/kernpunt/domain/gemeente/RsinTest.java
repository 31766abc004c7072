package nl.kernpunt.domain.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsinTest {

    @ParameterizedTest(name = "{0} passes the elfproef")
    @ValueSource(strings = {"001000007", "002220647", "123456782"})
    void an_rsin_that_passes_the_eleven_test_is_accepted(String waarde) {
        assertThat(new Rsin(waarde).waarde()).isEqualTo(waarde);
    }

    @Test
    void an_rsin_that_fails_the_eleven_test_is_refused_with_a_stable_code() {
        assertThatThrownBy(() -> new Rsin("123456789"))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasMessageContaining("elfproef")
                .extracting(f -> ((OngeldigeWaarde) f).veld(), f -> ((OngeldigeWaarde) f).code())
                .containsExactly("rsin", "ongeldig-rsin");
    }

    @ParameterizedTest(name = "\"{0}\" is not nine digits")
    @ValueSource(strings = {"", "12345678", "1234567890", "12345678a"})
    void an_rsin_must_be_nine_digits(String waarde) {
        assertThatThrownBy(() -> new Rsin(waarde)).isInstanceOf(OngeldigeWaarde.class);
    }
}
