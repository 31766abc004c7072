package nl.kernpunt.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    // 23:30 UTC on 31 March is 1 April in the Netherlands
    private final VasteKlok klok = VasteKlok.op("2026-03-31T23:30:00Z");

    private static IndicatorGegevens waardering(int streefjaar) {
        return new IndicatorGegevens("Waardering betrekken inwoners", null, "rapportcijfer", "Burgerpeiling", null,
                new Jaarwaarde(new BigDecimal("6.0"), 2019), new Benchmark(new BigDecimal("6.1"), "gemiddelde Nederland"),
                new Jaarwaarde(new BigDecimal("7.0"), streefjaar));
    }

    @Test
    void values_are_exact_and_compare_whatever_their_trailing_zeros() {
        assertThat(new Jaarwaarde(new BigDecimal("6.0"), 2019)).isEqualTo(new Jaarwaarde(new BigDecimal("6.0000"), 2019));
        assertThatThrownBy(() -> new Jaarwaarde(new BigDecimal("6.00001"), 2019)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void the_target_lies_after_the_baseline() {
        assertThatThrownBy(() -> waardering(2019)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "streefwaarde.jaar");
    }

    @Test
    void measurements_are_kept_oldest_first_one_per_day_and_not_in_the_future() {
        Indicator indicator = Indicator.nieuw(new Gemeentecode("0214"), waardering(2023), klok);
        indicator.voegMetingToe(new Meting(LocalDate.of(2026, 4, 1), new BigDecimal("6.6"), null, "Jeroen"), klok);
        indicator.voegMetingToe(new Meting(LocalDate.of(2022, 10, 1), new BigDecimal("6.2"), null, "Jeroen"), klok);

        assertThat(indicator.getMetingen()).extracting(Meting::peildatum)
                .containsExactly(LocalDate.of(2022, 10, 1), LocalDate.of(2026, 4, 1));
        assertThatThrownBy(() -> indicator.voegMetingToe(new Meting(LocalDate.of(2022, 10, 1), BigDecimal.ONE, null, "x"), klok))
                .isInstanceOf(RegelGeschonden.class);
        assertThatThrownBy(() -> indicator.voegMetingToe(new Meting(LocalDate.of(2026, 4, 2), BigDecimal.ONE, null, "x"), klok))
                .isInstanceOf(OngeldigeWaarde.class);
    }
}
