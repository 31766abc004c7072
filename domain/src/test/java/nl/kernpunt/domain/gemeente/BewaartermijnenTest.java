package nl.kernpunt.domain.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class BewaartermijnenTest {

    @Test
    void absent_terms_are_the_defaults() {
        assertThat(Bewaartermijnen.STANDAARD)
                .isEqualTo(new Bewaartermijnen(24, 12, 12, 84));
        assertThat(new GemeenteInstellingen(7, 14, 28).bewaartermijnen()).isEqualTo(Bewaartermijnen.STANDAARD);
    }

    @Test
    void a_term_outside_one_to_1200_months_names_its_field() {
        assertThatThrownBy(() -> new Bewaartermijnen(0, null, null, null))
                .isInstanceOfSatisfying(OngeldigeWaarde.class, e -> assertThat(e.veld())
                        .isEqualTo("instellingen.bewaartermijnen.initiatiefMaanden"));
        assertThatThrownBy(() -> new Bewaartermijnen(null, 1201, null, null)).isInstanceOf(OngeldigeWaarde.class);
    }
}
