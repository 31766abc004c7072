package nl.kernpunt.domain.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class StreefcijfersTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    /**
     * Seed 002 (West Betuwe): 85 % of the budget granted, 50 % of the kernen with a kernagenda, a 7 from
     * the residents at the evaluation, a Leefbaarometer 7 in every kern, overlegtafels in all five areas.
     */
    @Test
    void a_gemeente_starts_with_west_betuwes_five_targets() {
        Streefwaarden doelen = Streefcijfers.standaard(BUREN, KLOK).getWaarden();

        assertThat(doelen.percentageBudgetToegekend()).isEqualByComparingTo("85.0");
        assertThat(doelen.percentageKernenMetKernagenda()).isEqualByComparingTo("50.0");
        assertThat(doelen.minimaalRapportcijfer()).isEqualByComparingTo("7.0");
        assertThat(doelen.minimaleLeefbaarometer()).isEqualByComparingTo("7.0");
        assertThat(doelen.percentageGebiedenMetOverlegtafel()).isEqualByComparingTo("100.0");
        assertThat(Streefcijfers.standaard(BUREN, KLOK).getVersie()).isZero();
    }

    @Test
    void a_beheerder_sets_its_own_targets_or_clears_one() {
        Streefcijfers doelen = Streefcijfers.standaard(BUREN, KLOK);

        doelen.wijzig(new Streefwaarden(new BigDecimal("90"), null, new BigDecimal("7.5"), null, new BigDecimal("80")),
                Clock.offset(KLOK, Duration.ofHours(1)));

        assertThat(doelen.getWaarden().percentageBudgetToegekend()).isEqualTo(new BigDecimal("90.0"));
        assertThat(doelen.getWaarden().percentageKernenMetKernagenda()).isNull();
        assertThat(doelen.getWaarden().minimaalRapportcijfer()).isEqualTo(new BigDecimal("7.5"));
        assertThat(doelen.getWaarden().minimaleLeefbaarometer()).isNull();
        assertThat(doelen.getGewijzigdOp()).isAfter(doelen.getAangemaaktOp());
    }

    @Test
    void a_percentage_lies_between_0_and_100_and_a_mark_between_1_and_10_each_with_at_most_one_decimal() {
        assertThatThrownBy(() -> new Streefwaarden(new BigDecimal("80"), new BigDecimal("100.1"), null, null, null))
                .isInstanceOfSatisfying(OngeldigeWaarde.class, fout -> {
                    assertThat(fout.veld()).isEqualTo("percentageKernenMetKernagenda");
                    assertThat(fout.code()).isEqualTo("buiten-bereik");
                });
        assertThatThrownBy(() -> new Streefwaarden(new BigDecimal("-1"), null, null, null, null))
                .isInstanceOf(OngeldigeWaarde.class).hasMessageContaining("tussen 0 en 100");
        assertThatThrownBy(() -> new Streefwaarden(new BigDecimal("85.25"), null, null, null, null))
                .isInstanceOfSatisfying(OngeldigeWaarde.class,
                        fout -> assertThat(fout.code()).isEqualTo("te-veel-decimalen"));
        assertThatThrownBy(() -> new Streefwaarden(null, null, new BigDecimal("0.5"), null, null))
                .isInstanceOfSatisfying(OngeldigeWaarde.class,
                        fout -> assertThat(fout.veld()).isEqualTo("minimaalRapportcijfer"));
        assertThatThrownBy(() -> new Streefwaarden(null, null, null, new BigDecimal("10.1"), null))
                .isInstanceOfSatisfying(OngeldigeWaarde.class,
                        fout -> assertThat(fout.veld()).isEqualTo("minimaleLeefbaarometer"));
        assertThatThrownBy(() -> new Streefwaarden(null, null, null, null, new BigDecimal("101")))
                .isInstanceOfSatisfying(OngeldigeWaarde.class,
                        fout -> assertThat(fout.veld()).isEqualTo("percentageGebiedenMetOverlegtafel"));
    }

    @Test
    void a_figure_reaches_its_target_at_or_above_it_and_is_unknown_without_either() {
        assertThat(Streefwaarden.gehaald(new BigDecimal("7.0"), new BigDecimal("7.0"))).isTrue();
        assertThat(Streefwaarden.gehaald(new BigDecimal("6.9"), new BigDecimal("7.0"))).isFalse();
        assertThat(Streefwaarden.gehaald(null, new BigDecimal("7.0"))).isNull();
        assertThat(Streefwaarden.gehaald(new BigDecimal("6.9"), null)).isNull();
    }
}
