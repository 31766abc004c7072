package nl.kernpunt.domain.voordeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class AppSleutelTest {

    private final VasteKlok klok = VasteKlok.op("2026-06-01T08:00:00Z");

    @Test
    void an_issued_key_is_random_and_only_its_hash_is_kept() {
        AppSleutel.Uitgifte een = AppSleutel.geefUit(new Gemeentecode("0214"), "BurenApp", klok);
        AppSleutel.Uitgifte twee = AppSleutel.geefUit(new Gemeentecode("0214"), "BurenApp", klok);

        assertThat(een.sleutel()).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(twee.sleutel());
        assertThat(een.appSleutel().getHash()).isEqualTo(AppSleutel.hash(een.sleutel())).hasSize(64)
                .doesNotContain(een.sleutel());
        assertThat(een.appSleutel().isGeldig()).isTrue();
    }

    @Test
    void the_hash_is_sha256_hex() {
        assertThat(AppSleutel.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void revoking_twice_keeps_the_first_moment() {
        AppSleutel sleutel = AppSleutel.geefUit(new Gemeentecode("0214"), "BurenApp", klok).appSleutel();

        assertThat(sleutel.trekIn(klok)).isTrue();
        klok.verzet(Duration.ofDays(1));
        assertThat(sleutel.trekIn(klok)).isFalse();

        assertThat(sleutel.isGeldig()).isFalse();
        assertThat(sleutel.getIngetrokkenOp()).isEqualTo(klok.instant().minus(Duration.ofDays(1)));
    }
}
