package nl.kernpunt.domain.subsidie;

import static nl.kernpunt.domain.testdata.AanvraagBouwer.eenAanvraag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.KernBouwer;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

/** A gemeente's own schemes and the yearly allowances per recipient of 000 §3.2.2 and 004 D4. */
class EigenRegelingTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00Z");
    private final Gemeentecode buren = new Gemeentecode("0214");

    private Subsidieregeling toelage(String code, Ontvangersoort ontvanger, long euro, List<UitgeslotenKosten> uitgesloten) {
        return Subsidieregeling.eigen(buren, new Regelingcode(code), "Toelage " + code,
                Budgetsoort.PER_ONTVANGER_PER_JAAR, ontvanger, Bedrag.euro(euro), uitgesloten, Doeltoets.GEEN, klok);
    }

    @Test
    void the_default_schemes_are_known_by_the_codes_the_contract_always_had() {
        assertThat(Subsidieregeling.standaard(buren, Regelingsoort.BIJZONDERE_INITIATIEVEN, klok).getCode())
                .isEqualTo(new Regelingcode("bijzondere-initiatieven"));
        assertThat(Regelingsoort.van(new Regelingcode("straatbijeenkomst"))).contains(Regelingsoort.STRAATBIJEENKOMST);
        assertThat(Regelingsoort.van(new Regelingcode("signaleringsgroepen"))).isEmpty();
        assertThatThrownBy(() -> new Regelingcode("Signalerings groepen")).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "ongeldig-formaat");
    }

    @Test
    void a_signaleringsgroep_allowance_has_a_pot_per_kern_and_the_volunteer_coordinators_one_for_the_gemeente() {
        KernId zoelen = KernId.nieuw();
        Budgetpot groep = toelage("signaleringsgroepen", Ontvangersoort.SIGNALERINGSGROEP, 750, List.of()).pot(zoelen, 2026);
        Budgetpot coordinator = toelage("vrijwilligerscoordinator", Ontvangersoort.VRIJWILLIGERSCOORDINATOR, 750, List.of())
                .pot(zoelen, 2026);

        assertThat(groep.getKern()).contains(zoelen);
        assertThat(groep.getPlafond()).contains(Bedrag.euro(750));
        assertThat(groep.regeling()).isEqualTo(new Regelingcode("signaleringsgroepen"));
        assertThat(coordinator.getKern()).isEmpty();
        assertThat(coordinator.getPlafond()).contains(Bedrag.euro(750));
    }

    @Test
    void an_allowance_per_recipient_names_its_kind_of_recipient_and_only_it_does() {
        assertThatThrownBy(() -> toelage("zonder", null, 375, List.of())).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "ontvangersoort");
        assertThatThrownBy(() -> Subsidieregeling.eigen(buren, new Regelingcode("groen"), "Groen", Budgetsoort.PER_KERN_PER_JAAR,
                Ontvangersoort.SIGNALERINGSGROEP, Bedrag.euro(500), List.of(), Doeltoets.GEEN, klok))
                .hasFieldOrPropertyWithValue("code", "niet-van-toepassing");
        assertThatThrownBy(() -> toelage("dubbel", Ontvangersoort.SIGNALERINGSGROEP, 750, List.of(
                new UitgeslotenKosten(Kostensoort.ETEN, "geen eten"), new UitgeslotenKosten(Kostensoort.ETEN, "nog eens"))))
                .hasFieldOrPropertyWithValue("code", "dubbel");
    }

    @Test
    void an_application_needs_the_recipient_in_its_kerns_register() {
        Subsidieregeling groepen = toelage("signaleringsgroepen", Ontvangersoort.SIGNALERINGSGROEP, 750, List.of());
        Subsidieregeling dorpsbelangen = toelage("dorpsbelangen", Ontvangersoort.DORPSBELANGENORGANISATIE, 375, List.of());

        assertThatThrownBy(() -> eenAanvraag().regeling(groepen).bouw(klok)).isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "ontvanger-onbekend");
        Subsidieaanvraag aanvraag = eenAanvraag().regeling(groepen)
                .inKern(KernBouwer.eenKern().metKanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep Ravenswaaij"))
                .bouw(klok);
        assertThat(aanvraag.getRegeling()).isEqualTo(new Regelingcode("signaleringsgroepen"));
        assertThatThrownBy(() -> eenAanvraag().regeling(dorpsbelangen).inKern(KernBouwer.eenKern().zonderDorpsbelangen())
                .ontvanger("Stichting Dorpsraad Ravenswaaij").bouw(klok)).hasFieldOrPropertyWithValue("code", "ontvanger-onbekend");
        assertThat(eenAanvraag().regeling(dorpsbelangen).ontvanger("Stichting Dorpsraad Ravenswaaij").bouw(klok)
                .getStatus()).isEqualTo(AanvraagStatus.INGEDIEND);
    }

    /** 000 §3.2.2: each dorpsbelangenorganisatie of a kern (Beusichem and Lingemeer) has its own 375 EUR. */
    @Test
    void an_allowance_per_organisation_names_its_organisation_of_the_register_and_keys_the_pot_by_it() {
        Subsidieregeling dorpsbelangen = toelage("dorpsbelangen", Ontvangersoort.DORPSBELANGENORGANISATIE, 375, List.of());
        KernBouwer beusichem = KernBouwer.eenKern().genaamd("Beusichem").zonderDorpsbelangen()
                .metDorpsbelang("Dorpsbelang Beusichem").metDorpsbelang("Vereniging Lingemeer");

        Subsidieaanvraag lingemeer = eenAanvraag().regeling(dorpsbelangen).inKern(beusichem)
                .ontvanger("  vereniging LINGEMEER ").bouw(klok);
        assertThat(lingemeer.getOntvanger()).contains("Vereniging Lingemeer");
        assertThatThrownBy(() -> eenAanvraag().regeling(dorpsbelangen).inKern(beusichem).bouw(klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "ontvanger")
                .hasFieldOrPropertyWithValue("code", "verplicht");
        assertThatThrownBy(() -> eenAanvraag().regeling(dorpsbelangen).inKern(beusichem).ontvanger("Dorpsbelang Zoelen")
                .bouw(klok)).isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "ontvanger-onbekend")
                .hasFieldOrPropertyWithValue("veld", "ontvanger");
        Subsidieregeling groepen = toelage("signaleringsgroepen", Ontvangersoort.SIGNALERINGSGROEP, 750, List.of());
        assertThatThrownBy(() -> eenAanvraag().regeling(groepen)
                .inKern(KernBouwer.eenKern().metKanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep Ravenswaaij"))
                .ontvanger("Signaleringsgroep Ravenswaaij").bouw(klok)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "niet-van-toepassing");

        KernId kern = KernId.nieuw();
        Budgetpot beusichemPot = dorpsbelangen.pot(kern, "Dorpsbelang Beusichem", 2026);
        Budgetpot lingemeerPot = dorpsbelangen.pot(kern, "Vereniging Lingemeer", 2026);
        assertThat(beusichemPot).isNotEqualTo(lingemeerPot);
        assertThat(lingemeerPot.getOntvanger()).contains("Vereniging Lingemeer");
        assertThat(lingemeerPot.getPlafond()).contains(Bedrag.euro(375));
        assertThat(dorpsbelangen.isPerOrganisatie()).isTrue();
        assertThat(groepen.isPerOrganisatie()).isFalse();
        assertThat(groepen.pot(kern, 2026).getOntvanger()).isEmpty();
    }

    @Test
    void a_cost_kind_the_scheme_excludes_is_refused_and_named() {
        Subsidieregeling coordinator = toelage("vrijwilligerscoordinator", Ontvangersoort.VRIJWILLIGERSCOORDINATOR, 750,
                List.of(new UitgeslotenKosten(Kostensoort.HUUR, "de gemeente stelt ruimte beschikbaar")));

        assertThatThrownBy(() -> eenAanvraag().regeling(coordinator).regel(Kostensoort.HUUR, 100).bouw(klok))
                .isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "kostensoort-uitgesloten")
                .hasMessageContaining("huur (de gemeente stelt ruimte beschikbaar)")
                .satisfies(fout -> assertThat(((RegelGeschonden) fout).veld()).contains("begroting"));
        assertThat(eenAanvraag().regeling(coordinator).regel(Kostensoort.COMMUNICATIE, 100).bouw(klok).aangevraagd())
                .isEqualTo(Bedrag.euro(100));
    }

    @Test
    void an_archived_scheme_takes_no_new_applications_and_is_archived_once() {
        Subsidieregeling coordinator = toelage("vrijwilligerscoordinator", Ontvangersoort.VRIJWILLIGERSCOORDINATOR, 750, List.of());
        coordinator.archiveer(klok);

        assertThat(coordinator.isGearchiveerd()).isTrue();
        assertThatThrownBy(() -> eenAanvraag().regeling(coordinator).bouw(klok))
                .hasFieldOrPropertyWithValue("code", "regeling-gearchiveerd");
        assertThatThrownBy(() -> coordinator.archiveer(klok)).hasFieldOrPropertyWithValue("code", "regeling-gearchiveerd");
    }
}
