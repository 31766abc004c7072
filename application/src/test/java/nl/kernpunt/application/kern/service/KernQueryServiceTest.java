package nl.kernpunt.application.kern.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Termijnsoort;
import org.junit.jupiter.api.Test;

class KernQueryServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final KernQueryService query = new KernQueryService(kernen, gemeenten);
    private final Contactpersoon sanne = new Contactpersoon("Sanne de Vries", "s.devries@buren.nl", "0344 579 111");
    private final Kern zoelen = kernen.voegToe(eenKern().inGemeente("0214").genaamd("Zoelen")
            .metKernambtenaar(sanne).bouw(klok));

    @Test
    void anonymous_readers_get_the_public_facts_only() {
        var gelezen = query.lees(zoelen.getId(), Optional.empty());

        assertThat(gelezen.volledig()).isEmpty();
        assertThat(gelezen.openbaar().naam()).isEqualTo("Zoelen");
    }

    @Test
    void staff_of_another_gemeente_get_the_public_facts_only() {
        assertThat(query.lees(zoelen.getId(), Optional.of(eenMedewerkerVan("1960"))).volledig()).isEmpty();
    }

    @Test
    void staff_of_the_kern_s_own_gemeente_get_the_whole_kern() {
        assertThat(query.lees(zoelen.getId(), Optional.of(eenMedewerkerVan("0214"))).volledig()).isPresent();
    }

    @Test
    void a_list_decides_per_kern_what_the_reader_may_see() {
        kernen.voegToe(eenKern().inGemeente("1960").genaamd("Tricht").bouw(klok));

        var pagina = query.zoek(new KernFilter(null, null, null, null, null), new PaginaVerzoek(null, 10),
                Optional.of(eenMedewerkerVan("1960")));

        assertThat(pagina.resultaten()).extracting(w -> w.openbaar().naam(), w -> w.volledig().isPresent())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Zoelen", false),
                        org.assertj.core.groups.Tuple.tuple("Tricht", true));
    }

    @Test
    void a_missing_kern_is_not_found() {
        KernId onbekend = KernId.nieuw();
        assertThatThrownBy(() -> query.lees(onbekend, Optional.empty())).isInstanceOf(NietGevonden.class);
    }

    @Test
    void by_default_others_see_the_kernambtenaar_s_work_e_mail_and_not_the_phone_number() {
        assertThat(query.lees(zoelen.getId(), Optional.empty()).openbaar().kernambtenaar())
                .isEqualTo(new Contactpersoon("Sanne de Vries", "s.devries@buren.nl", null));
        assertThat(query.lees(zoelen.getId(), Optional.of(eenMedewerkerVan("0214"))).volledig().orElseThrow()
                .getKernambtenaar()).contains(sanne);
    }

    @Test
    void the_gemeente_s_setting_decides_which_contact_details_are_public() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"),
                new GemeenteInstellingen(7, 14, 28, Termijnsoort.KALENDERDAGEN, false, true), klok));

        assertThat(query.lees(zoelen.getId(), Optional.of(eenMedewerkerVan("1960"))).openbaar().kernambtenaar())
                .isEqualTo(new Contactpersoon("Sanne de Vries", null, "0344 579 111"));
        assertThat(query.zoek(new KernFilter(null, null, null, null, null), new PaginaVerzoek(null, 10),
                Optional.empty()).resultaten()).singleElement()
                .extracting(w -> w.openbaar().kernambtenaar().email()).isNull();
    }
}
