package nl.kernpunt.domain.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class StreefcijfersTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    /** Seed 002 (West Betuwe): 85 % of the budget granted, 50 % of the kernen with a kernagenda. */
    @Test
    void a_gemeente_starts_with_west_betuwes_targets() {
        Streefcijfers doelen = Streefcijfers.standaard(BUREN, KLOK);

        assertThat(doelen.getPercentageBudgetToegekend()).isEqualByComparingTo("85.0");
        assertThat(doelen.getPercentageKernenMetKernagenda()).isEqualByComparingTo("50.0");
        assertThat(doelen.getVersie()).isZero();
    }

    @Test
    void a_beheerder_sets_its_own_targets_or_clears_one() {
        Streefcijfers doelen = Streefcijfers.standaard(BUREN, KLOK);

        doelen.wijzig(new BigDecimal("90"), null, Clock.offset(KLOK, java.time.Duration.ofHours(1)));

        assertThat(doelen.getPercentageBudgetToegekend()).isEqualTo(new BigDecimal("90.0"));
        assertThat(doelen.getPercentageKernenMetKernagenda()).isNull();
        assertThat(doelen.getGewijzigdOp()).isAfter(doelen.getAangemaaktOp());
    }

    @Test
    void a_target_is_a_percentage_with_at_most_one_decimal_and_a_refused_one_changes_nothing() {
        Streefcijfers doelen = Streefcijfers.standaard(BUREN, KLOK);

        assertThatThrownBy(() -> doelen.wijzig(new BigDecimal("80"), new BigDecimal("100.1"), KLOK))
                .isInstanceOfSatisfying(OngeldigeWaarde.class, fout -> {
                    assertThat(fout.veld()).isEqualTo("percentageKernenMetKernagenda");
                    assertThat(fout.code()).isEqualTo("buiten-bereik");
                });
        assertThatThrownBy(() -> doelen.wijzig(new BigDecimal("-1"), null, KLOK))
                .isInstanceOf(OngeldigeWaarde.class).hasMessageContaining("tussen 0 en 100");
        assertThatThrownBy(() -> doelen.wijzig(new BigDecimal("85.25"), null, KLOK))
                .isInstanceOfSatisfying(OngeldigeWaarde.class,
                        fout -> assertThat(fout.code()).isEqualTo("te-veel-decimalen"));
        assertThat(doelen.getPercentageBudgetToegekend()).isEqualByComparingTo("85.0");
        assertThat(doelen.getPercentageKernenMetKernagenda()).isEqualByComparingTo("50.0");
    }
}
