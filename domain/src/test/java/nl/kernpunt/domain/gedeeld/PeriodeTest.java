package nl.kernpunt.domain.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    @Test
    void halfjaarLoopt_vanJanuariOfJuli_zesMaanden() {
        assertThat(Periode.halfjaarVan(LocalDate.of(2026, 6, 30)))
                .isEqualTo(new Periode(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1)));
        assertThat(Periode.halfjaarVan(LocalDate.of(2026, 7, 1)))
                .isEqualTo(new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void grenzenLiggenOpMiddernachtInNederland() {
        Periode zomer = new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1));
        assertThat(zomer.begin()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(zomer.einde()).isEqualTo(Instant.parse("2026-07-31T22:00:00Z"));
        assertThat(zomer.bevat(LocalDate.of(2026, 7, 31))).isTrue();
        assertThat(zomer.bevat(LocalDate.of(2026, 8, 1))).isFalse();
    }

    @Test
    void eindeVoorBegin_isOngeldig() {
        assertThatThrownBy(() -> new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(OngeldigeWaarde.class);
    }
}
