package nl.kernpunt.bootstrap.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModusTest {

    private static final Path ONTWIKKELSLEUTEL = Path.of("/srv/kernpunt/.kernpunt/dev-jwt/public-key.pem");

    private static Function<String, Optional<String>> instellingen(Map<String, String> waarden) {
        return naam -> Optional.ofNullable(waarden.get(naam));
    }

    private static Map<String, String> productie() {
        Map<String, String> waarden = new HashMap<>();
        waarden.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://db:5432/kernpunt");
        waarden.put("quarkus.datasource.username", "kernpunt");
        waarden.put("quarkus.datasource.password", "geheim");
        waarden.put("mp.jwt.verify.publickey.location", "https://idp.example/jwks");
        waarden.put("mp.jwt.verify.issuer", "https://idp.example");
        return waarden;
    }

    @Test
    void nothing_configured_is_demo_mode() {
        assertThat(Modus.bepaal(instellingen(Map.of()))).isEqualTo(Modus.DEMO);
    }

    @Test
    void a_configured_database_is_production_mode_unless_demo_is_chosen() {
        Map<String, String> waarden = Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/kernpunt");
        assertThat(Modus.bepaal(instellingen(waarden))).isEqualTo(Modus.PRODUCTIE);
        Map<String, String> demo = new HashMap<>(waarden);
        demo.put("kernpunt.modus", "demo");
        assertThat(Modus.bepaal(instellingen(demo))).isEqualTo(Modus.DEMO);
    }

    @Test
    void the_switch_chooses_production_and_refuses_unknown_words() {
        assertThat(Modus.bepaal(instellingen(Map.of("kernpunt.modus", " Productie ")))).isEqualTo(Modus.PRODUCTIE);
        assertThatThrownBy(() -> Modus.bepaal(instellingen(Map.of("kernpunt.modus", "prod"))))
                .isInstanceOf(Startfout.class).hasMessageContaining("KERNPUNT_MODUS must be demo or productie");
    }

    @Test
    void production_with_its_own_database_and_identity_provider_may_start() {
        assertThat(Productievereisten.problemen(instellingen(productie()), ONTWIKKELSLEUTEL)).isEmpty();
    }

    @Test
    void production_names_every_missing_setting_at_once() {
        assertThat(Productievereisten.problemen(instellingen(Map.of("kernpunt.modus", "productie")), ONTWIKKELSLEUTEL))
                .containsExactly("QUARKUS_DATASOURCE_JDBC_URL is not set", "QUARKUS_DATASOURCE_USERNAME is not set",
                        "QUARKUS_DATASOURCE_PASSWORD is not set", "MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set",
                        "MP_JWT_VERIFY_ISSUER is not set");
        assertThatThrownBy(() -> Productievereisten.controleer(instellingen(Map.of()), ONTWIKKELSLEUTEL))
                .isInstanceOf(Startfout.class).hasMessageContaining("QUARKUS_DATASOURCE_PASSWORD is not set");
    }

    @Test
    void production_refuses_the_development_key_and_issuer() {
        Map<String, String> waarden = productie();
        waarden.put("mp.jwt.verify.publickey.location", "file:" + ONTWIKKELSLEUTEL);
        waarden.put("mp.jwt.verify.issuer", "kernpunt-dev");
        assertThat(Productievereisten.problemen(instellingen(waarden), ONTWIKKELSLEUTEL)).containsExactly(
                "MP_JWT_VERIFY_ISSUER is the development issuer 'kernpunt-dev'",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION points at the development key file:" + ONTWIKKELSLEUTEL);
    }
}
