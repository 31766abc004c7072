package nl.kernpunt.application.persoonsgegevens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class PersoonskenmerkenTest {

    private static final Contactpersoon RIA = new Contactpersoon("Ria  Inzage", "Ria.Inzage@example.nl", "06 3333 4444");

    @Test
    void any_given_trait_matches_without_case_spaces_or_phone_punctuation() {
        assertThat(new Persoonskenmerken(" ria.inzage@EXAMPLE.NL ", null, null).past(RIA)).isTrue();
        assertThat(new Persoonskenmerken(null, "06-33334444", null).past(RIA)).isTrue();
        assertThat(new Persoonskenmerken(null, null, "ria inzage").past(RIA)).isTrue();
        assertThat(new Persoonskenmerken("ander@example.nl", null, "Ria Inzage").past(RIA)).isTrue();
    }

    @Test
    void another_person_or_a_missing_trait_does_not_match() {
        assertThat(new Persoonskenmerken("ander@example.nl", null, null).past(RIA)).isFalse();
        assertThat(new Persoonskenmerken(null, "0612345678", null).past(new Contactpersoon("Kees", null, null)))
                .isFalse();
        assertThat(new Persoonskenmerken(null, null, "Ria").past(RIA)).isFalse();
    }

    @Test
    void a_request_without_any_trait_is_refused() {
        assertThatThrownBy(() -> new Persoonskenmerken(" ", "", null))
                .isInstanceOf(OngeldigeWaarde.class).hasMessageContaining("e-mailadres");
    }
}
