package nl.kernpunt.domain.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class BegrotingsjaarTest {

    // New Year's Eve in UTC is already New Year's Day in the Netherlands
    private final VasteKlok klok = VasteKlok.op("2026-12-31T23:30:00Z");

    @Test
    void this_budget_year_by_default_and_last_to_next_year_by_choice() {
        assertThat(Begrotingsjaar.kies(null, klok)).isEqualTo(2027);
        assertThat(Begrotingsjaar.kies(2026, klok)).isEqualTo(2026);
        assertThat(Begrotingsjaar.kies(2028, klok)).isEqualTo(2028);
    }

    @Test
    void a_year_outside_the_window_is_refused_naming_the_field() {
        for (int jaar : new int[] {2025, 2029}) {
            assertThatThrownBy(() -> Begrotingsjaar.kies(jaar, klok)).isInstanceOf(OngeldigeWaarde.class)
                    .hasFieldOrPropertyWithValue("veld", "jaar").hasFieldOrPropertyWithValue("code", "buiten-bereik")
                    .hasMessageContaining("tussen 2026 en 2028");
        }
    }
}
