package nl.kernpunt.application.gedeeld.verwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikers;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

class VerwerkingenloggingTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Contactpersoon JAN = new Contactpersoon("Jan de Boer", "Jan.deBoer@example.nl", "06 1234 5678");
    private static final Contactpersoon PIET = new Contactpersoon("Piet Smit", null, "06-87654321");

    private final List<Verwerking> log = new ArrayList<>();
    private final Pseudoniemen pseudoniemen = new Pseudoniemen(() -> "geheim".getBytes(StandardCharsets.UTF_8));
    private final Verwerkingenlogging logging = new Verwerkingenlogging(new Verwerkingenlog() {
        @Override
        public void leg(Verwerking verwerking) {
            log.add(verwerking);
        }

        @Override
        public List<Verwerking> over(Gemeentecode gemeente, Collection<String> betrokkenen) {
            return List.of();
        }
    }, (gemeente, code) -> new Verwerkingsactiviteit(code, "Naam van " + code, "AVG art. 6 lid 1 sub e"),
            pseudoniemen, () -> Optional.of("4bf92f3577b34da6a3ce929d0e0e4736"),
            Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));

    private record Dossier(UUID object, List<Contactpersoon> betrokkenen) implements Persoonsgegevens {

        @Override
        public Gemeentecode gemeente() {
            return BUREN;
        }

        @Override
        public String verwerkingsactiviteit() {
            return "initiatieven";
        }

        @Override
        public String objectsoort() {
            return "initiatief";
        }
    }

    @Test
    void a_read_of_one_record_is_one_entry_with_who_why_and_pseudonyms_but_no_personal_data() {
        Gebruiker lezer = Gebruikers.eenKernambtenaarVan("0214");
        Dossier dossier = new Dossier(UUID.randomUUID(), List.of(JAN, PIET));

        logging.legVast(Handeling.RAADPLEGEN, lezer, dossier);

        assertThat(log).singleElement().satisfies(v -> {
            assertThat(v.gemeente()).isEqualTo(BUREN);
            assertThat(v.handeling()).isEqualTo(Handeling.RAADPLEGEN);
            assertThat(v.gebruiker()).isEqualTo(lezer.id());
            assertThat(v.rollen()).containsExactly("kernambtenaar");
            assertThat(v.activiteit().grondslag()).isEqualTo("AVG art. 6 lid 1 sub e");
            assertThat(v.objecten()).containsExactly(dossier.object());
            assertThat(v.betrokkenen()).containsExactly(pseudoniemen.van(BUREN, JAN), pseudoniemen.van(BUREN, PIET));
            assertThat(v.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(v.op()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
            assertThat(v.toString()).doesNotContainIgnoringCase("jan").doesNotContain("example.nl", "1234", "Piet");
        });
    }

    @Test
    void a_page_is_one_entry_naming_every_record_and_each_person_once() {
        Dossier een = new Dossier(UUID.randomUUID(), List.of(JAN));
        Dossier twee = new Dossier(UUID.randomUUID(), List.of(JAN, PIET));

        logging.legVast(Handeling.RAADPLEGEN, Gebruikers.eenMedewerkerVan("0214"), new Pagina<>(List.of(een, twee), null));

        assertThat(log).singleElement().satisfies(v -> {
            assertThat(v.objecten()).containsExactly(een.object(), twee.object());
            assertThat(v.betrokkenen()).hasSize(2);
        });
    }

    @Test
    void a_result_without_personal_data_writes_nothing() {
        logging.legVast(Handeling.RAADPLEGEN, Gebruikers.eenMedewerkerVan("0214"), List.of("audit"));
        logging.legVast(Handeling.WIJZIGEN, Gebruikers.eenMedewerkerVan("0214"), new Pagina<>(List.of(), null));

        assertThat(log).isEmpty();
    }

    @Test
    void a_pseudonym_is_the_same_for_the_same_person_and_differs_per_gemeente_and_key() {
        String jan = pseudoniemen.van(BUREN, JAN);

        assertThat(pseudoniemen.van(BUREN, new Contactpersoon("J. de Boer", " jan.deboer@EXAMPLE.nl ", null)))
                .isEqualTo(jan);
        assertThat(pseudoniemen.van(BUREN, new Contactpersoon("Piet  SMIT", null, "06 8765 4321")))
                .isEqualTo(pseudoniemen.van(BUREN, PIET));
        assertThat(pseudoniemen.van(BUREN, new Contactpersoon(" Klaas  de\tVries ", null, null)))
                .isEqualTo(pseudoniemen.van(BUREN, new Contactpersoon("klaas de vries", null, null)))
                .isNotEqualTo(pseudoniemen.van(BUREN, new Contactpersoon("klaas devries", null, null)));
        assertThat(pseudoniemen.van(new Gemeentecode("1960"), JAN)).isNotEqualTo(jan);
        assertThat(new Pseudoniemen(() -> "ander".getBytes(StandardCharsets.UTF_8)).van(BUREN, JAN)).isNotEqualTo(jan);
        assertThat(jan).hasSize(22).doesNotContainIgnoringCase("jan");
    }

    @Test
    void a_kept_pseudonym_is_the_keyed_hash_itself_also_past_the_maps_bound() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("geheim".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (int ronde = 0; ronde < 2; ronde++) {
            for (int i = 0; i < 5000; i++) {
                Contactpersoon persoon = new Contactpersoon("P " + i, "p" + i + "@example.nl", null);
                String verwacht = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        mac.doFinal(("0214|e:p" + i + "@example.nl").getBytes(StandardCharsets.UTF_8))).substring(0, 22);
                assertThat(pseudoniemen.van(BUREN, persoon)).isEqualTo(verwacht);
            }
        }
    }
}
