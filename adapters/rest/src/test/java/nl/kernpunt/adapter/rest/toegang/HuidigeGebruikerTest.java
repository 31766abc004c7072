package nl.kernpunt.adapter.rest.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kernpunt.adapter.rest.fout.OngeldigToken;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class HuidigeGebruikerTest {

    private static JsonWebToken token(Map<String, Object> claims) {
        return NepToken.met(claims);
    }

    private static Map<String, Object> claims(Object... sleutelsEnWaarden) {
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i < sleutelsEnWaarden.length; i += 2) {
            claims.put((String) sleutelsEnWaarden[i], sleutelsEnWaarden[i + 1]);
        }
        return claims;
    }

    @Test
    void the_user_is_the_subject_of_the_gemeente_in_the_token_with_the_known_roles_in_any_case() {
        Gebruiker gebruiker = HuidigeGebruiker.uitToken(token(claims("sub", "u-1", "name", "Fatima Amrani",
                "gemeente", "0214", "groups", Set.of("Beheerder", "kernambtenaar", "offline_access"))));

        assertThat(gebruiker.id()).isEqualTo("u-1");
        assertThat(gebruiker.naam()).isEqualTo("Fatima Amrani");
        assertThat(gebruiker.gemeente()).isEqualTo(new Gemeentecode("0214"));
        assertThat(gebruiker.rollen()).containsExactlyInAnyOrder(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
    }

    @Test
    void the_name_falls_back_to_the_username_and_then_the_subject() {
        assertThat(HuidigeGebruiker.uitToken(token(claims("sub", "u-1", "preferred_username", "famrani", "gemeente", "0214", "groups", Set.of("medewerker"))))
                .naam()).isEqualTo("famrani");
        assertThat(HuidigeGebruiker.uitToken(token(claims("sub", "u-1", "gemeente", "0214", "groups", Set.of("medewerker")))).naam()).isEqualTo("u-1");
    }

    @Test
    void a_token_without_a_valid_gemeente_is_refused() {
        for (Map<String, Object> zonder : List.of(claims("sub", "u-1"), claims("sub", "u-1", "gemeente", "214"),
                claims("sub", "u-1", "gemeente", 214L))) {
            assertThatThrownBy(() -> HuidigeGebruiker.uitToken(token(zonder)))
                    .isInstanceOfSatisfying(OngeldigToken.class,
                            fout -> assertThat(fout.code()).isEqualTo("token-zonder-gemeente"));
        }
    }
}
