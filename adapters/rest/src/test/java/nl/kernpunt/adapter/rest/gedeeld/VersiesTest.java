package nl.kernpunt.adapter.rest.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.adapter.rest.fout.VoorwaardeFout;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersiesTest {

    @Test
    void the_etag_is_the_version_as_a_strong_quoted_number_and_if_match_reads_it_back() {
        assertThat(Versies.etag(3)).isEqualTo("\"3\"");
        assertThat(Versies.uitIfMatch(Versies.etag(3))).isEqualTo(3);
        assertThat(Versies.uitIfMatch("\"0\"")).isZero();
    }

    /** RFC 9110 §13.1.1: a star matches whatever version is current. */
    @Test
    void a_star_accepts_any_current_version() {
        assertThat(Versies.uitIfMatch("*")).isEqualTo(VersieVerouderd.ELKE_VERSIE);
    }

    @Test
    void a_write_without_if_match_answers_428() {
        assertThatThrownBy(() -> Versies.uitIfMatch(null))
                .isInstanceOfSatisfying(VoorwaardeFout.class, fout -> {
                    assertThat(fout.status()).isEqualTo(428);
                    assertThat(fout.code()).isEqualTo("if-match-vereist");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"**", "3", "W/\"3\"", "\"-1\"", "\"3\", \"4\"", "\" 3\"", "\"3\" ", "", "\"drie\"",
            "\"99999999999999999999\""})
    void anything_but_exactly_a_quoted_non_negative_number_or_a_star_answers_412(String ifMatch) {
        assertThatThrownBy(() -> Versies.uitIfMatch(ifMatch))
                .isInstanceOfSatisfying(VoorwaardeFout.class, fout -> {
                    assertThat(fout.status()).isEqualTo(412);
                    assertThat(fout.code()).isEqualTo("versie-verouderd");
                });
    }
}
