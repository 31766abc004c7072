package nl.kernpunt.domain.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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

    /** Issue #13 item 3: a street event next year is next year's budget, not this year's by default. */
    @Test
    void a_street_events_budget_year_is_the_year_it_takes_place_and_another_year_asked_is_refused() {
        VasteKlok december = VasteKlok.op("2026-12-01T10:00:00Z");
        LocalDate nieuwjaarsborrel = LocalDate.of(2027, 1, 9);

        assertThat(Begrotingsjaar.vanBijeenkomst(null, nieuwjaarsborrel, december)).isEqualTo(2027);
        assertThat(Begrotingsjaar.vanBijeenkomst(2027, nieuwjaarsborrel, december)).isEqualTo(2027);
        assertThatThrownBy(() -> Begrotingsjaar.vanBijeenkomst(2026, nieuwjaarsborrel, december))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "jaar")
                .hasFieldOrPropertyWithValue("code", "ander-jaar-dan-bijeenkomst").hasMessageContaining("2027-01-09");
        assertThatThrownBy(() -> Begrotingsjaar.vanBijeenkomst(null, LocalDate.of(2028, 6, 1), december))
                .hasFieldOrPropertyWithValue("veld", "bijeenkomst.datum").hasFieldOrPropertyWithValue("code", "buiten-bereik");
    }
}
