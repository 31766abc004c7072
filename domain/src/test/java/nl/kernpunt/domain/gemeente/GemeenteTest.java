package nl.kernpunt.domain.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class GemeenteTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T09:00:00Z");

    @Test
    void a_new_gemeente_gets_buren_s_terms_when_it_names_none() {
        Gemeente buren = Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"), null, klok);

        assertThat(buren.getInstellingen()).isEqualTo(new GemeenteInstellingen(7, 14, 28));
        assertThat(buren.getAangemaaktOp()).isEqualTo(klok.instant());
    }

    @Test
    void changing_a_gemeente_moves_its_change_moment() {
        Gemeente buren = Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"), null, klok);
        klok.verzet(Duration.ofDays(1));

        buren.wijzig("Gemeente Buren", new Rsin("002220647"), new GemeenteInstellingen(5, 10, 21), klok);

        assertThat(buren.getNaam()).isEqualTo("Gemeente Buren");
        assertThat(buren.getInstellingen().antwoordtermijnDagen()).isEqualTo(5);
        assertThat(buren.getGewijzigdOp()).isEqualTo(klok.instant());
    }

    @Test
    void terms_outside_their_range_name_the_offending_setting() {
        assertThatThrownBy(() -> new GemeenteInstellingen(0, 14, 28))
                .isInstanceOf(OngeldigeWaarde.class)
                .extracting(f -> ((OngeldigeWaarde) f).veld())
                .isEqualTo("instellingen.antwoordtermijnDagen");
    }

    @Test
    void a_gemeentecode_is_four_digits() {
        assertThatThrownBy(() -> new Gemeentecode("214")).isInstanceOf(OngeldigeWaarde.class);
        assertThat(new Gemeentecode("1960").waarde()).isEqualTo("1960");
    }
}
