package nl.kernpunt.domain.vraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeestdagenTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25"})
    void easter_sunday_follows_the_gregorian_computus(int jaar, LocalDate pasen) {
        assertThat(Feestdagen.paaszondag(jaar)).isEqualTo(pasen);
    }

    @ParameterizedTest(name = "{0} is a public holiday")
    @ValueSource(strings = {"2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25",
            "2026-12-25", "2026-12-26", "2025-04-26", "2013-04-30"})
    void the_days_of_the_algemene_termijnenwet_are_holidays(LocalDate dag) {
        assertThat(Feestdagen.isFeestdag(dag)).isTrue();
        assertThat(Feestdagen.isWerkdag(dag)).isFalse();
    }

    @ParameterizedTest(name = "{0} is no public holiday")
    @ValueSource(strings = {"2026-04-03", "2026-04-05", "2025-04-27", "2026-05-04", "2026-12-24", "2026-12-31"})
    void good_friday_new_years_eve_and_a_sunday_koningsdag_are_not(LocalDate dag) {
        assertThat(Feestdagen.isFeestdag(dag)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({"2026-11-23, true", "2026-11-21, false", "2026-11-22, false", "2026-04-03, true"})
    void weekends_are_no_working_days(LocalDate dag, boolean werkdag) {
        assertThat(Feestdagen.isWerkdag(dag)).isEqualTo(werkdag);
    }
}
