package nl.kernpunt.adapter.persistence.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    private final KeysetCursor opNaam = KeysetCursor.voor("kernen-op-naam", "0214", null, "avez");

    @Test
    void a_cursor_reads_back_the_sort_key_it_was_made_after() {
        UUID id = UUID.randomUUID();
        Instant moment = Instant.parse("2026-04-01T08:00:00.123456Z");

        KeysetCursor.Positie positie = opNaam.lees(opNaam.na("Eck en Wiel | 't Goy\n", id.toString(), moment.toString())).orElseThrow();

        assertThat(positie.tekst(0)).isEqualTo("Eck en Wiel | 't Goy\n");
        assertThat(positie.uuid(1)).isEqualTo(id);
        assertThat(positie.moment(2)).isEqualTo(moment);
    }

    @Test
    void no_cursor_means_the_first_page() {
        assertThat(opNaam.lees(null)).isEmpty();
    }

    @Test
    void a_cursor_is_base64url_without_padding_and_fits_the_contracts_512_characters_for_any_name() {
        String langsteNaam = "€".repeat(100);

        String cursor = opNaam.na(langsteNaam, UUID.randomUUID().toString());

        assertThat(cursor).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(512);
    }

    @Test
    void a_cursor_of_another_order_is_refused() {
        String cursor = KeysetCursor.voor("kernen-op-wijziging", "0214", null, "avez").na("x", "y");

        weigert(() -> opNaam.lees(cursor), "andere lijst of sortering");
    }

    @Test
    void a_cursor_made_with_other_filters_is_refused_and_absent_differs_from_empty() {
        weigert(() -> opNaam.lees(KeysetCursor.voor("kernen-op-naam", "0214", null, "AVEZ").na("x")), "andere filters");
        weigert(() -> opNaam.lees(KeysetCursor.voor("kernen-op-naam", "0214", "", "avez").na("x")), "andere filters");
    }

    @Test
    void text_that_is_no_cursor_is_refused() {
        weigert(() -> opNaam.lees("geen-cursor"), "geen cursor");
        weigert(() -> opNaam.lees("niet base64!"), "base64url");
    }

    @Test
    void a_sort_key_value_that_does_not_parse_is_the_clients_error() {
        KeysetCursor.Positie positie = opNaam.lees(opNaam.na("Asch", "geen-uuid")).orElseThrow();

        weigert(() -> positie.uuid(1), "ongeldige id");
        weigert(() -> positie.moment(0), "ongeldig tijdstip");
        weigert(() -> positie.tekst(2), "onvolledig");
    }

    @Test
    void a_tampered_cursor_cannot_smuggle_in_a_field() {
        String nep = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("kernen-op-naam|000000000000|x".getBytes(StandardCharsets.UTF_8));

        weigert(() -> opNaam.lees(nep), "geen cursor");
    }

    private static void weigert(ThrowingCallable lezen, String reden) {
        assertThatThrownBy(lezen)
                .isInstanceOfSatisfying(OngeldigeWaarde.class, fout -> {
                    assertThat(fout.veld()).isEqualTo("cursor");
                    assertThat(fout.code()).isEqualTo("ongeldige-cursor");
                })
                .hasMessageContaining(reden);
    }
}
