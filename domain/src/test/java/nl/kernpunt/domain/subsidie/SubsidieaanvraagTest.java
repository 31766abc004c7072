package nl.kernpunt.domain.subsidie;

import static nl.kernpunt.domain.testdata.AanvraagBouwer.alleCriteriaVoldaan;
import static nl.kernpunt.domain.testdata.AanvraagBouwer.eenAanvraag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.InitiatiefBouwer;
import nl.kernpunt.domain.testdata.KernBouwer;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class SubsidieaanvraagTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00Z");
    private final Gemeentecode buren = new Gemeentecode("0214");

    private Subsidieregeling regeling(Regelingsoort soort) {
        return Subsidieregeling.standaard(buren, soort, klok);
    }

    @Test
    void the_schemes_default_to_burens_amounts_and_kinds_of_budget() {
        assertThat(regeling(Regelingsoort.LEEFBAARHEIDSBUDGET).getBedrag()).isEqualTo(Bedrag.euro(2000));
        assertThat(regeling(Regelingsoort.STRAATBIJEENKOMST).getBedrag()).isEqualTo(Bedrag.euro(100));
        assertThat(regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN).getBedrag()).isEqualTo(Bedrag.euro(5000));
        KernId kern = KernId.nieuw();
        assertThat(regeling(Regelingsoort.LEEFBAARHEIDSBUDGET).pot(kern, 2026).getKern()).contains(kern);
        assertThat(regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN).pot(kern, 2026).getKern()).isEmpty();
        assertThat(regeling(Regelingsoort.STRAATBIJEENKOMST).pot(kern, 2026).getPlafond()).isEmpty();
    }

    @Test
    void the_requested_amount_is_the_sum_of_the_budget_lines() {
        Subsidieaanvraag aanvraag = eenAanvraag().regel(Kostensoort.MATERIAAL, 1200).regel(Kostensoort.HUUR, 300)
                .bouw(klok);

        assertThat(aanvraag.aangevraagd()).isEqualTo(Bedrag.euro(1500));
        assertThat(aanvraag.getStatus()).isEqualTo(AanvraagStatus.INGEDIEND);
    }

    @Test
    void a_grant_is_at_most_what_was_asked() {
        Subsidieaanvraag aanvraag = eenAanvraag().regel(Kostensoort.MATERIAAL, 500).bouw(klok);

        assertThatThrownBy(() -> aanvraag.kenToe(new Bedrag(500_01), alleCriteriaVoldaan(), List.of(), null,
                regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), List.of(), "Jeroen", klok))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "bedrag-boven-aangevraagd");
        aanvraag.kenToe(Bedrag.euro(400), alleCriteriaVoldaan(), List.of(), null, regeling(Regelingsoort.LEEFBAARHEIDSBUDGET),
                List.of(), "Jeroen", klok);
        assertThat(aanvraag.getToegekendBedrag()).contains(Bedrag.euro(400));
        assertThat(aanvraag.getBesluitDoor()).contains("Jeroen");
    }

    @Test
    void the_leefbaarheidsbudget_grants_only_with_every_criterion_judged_and_met() {
        Subsidieregeling regeling = regeling(Regelingsoort.LEEFBAARHEIDSBUDGET);
        List<Criteriumoordeel> drie = alleCriteriaVoldaan().subList(0, 3);
        List<Criteriumoordeel> eenNee = new ArrayList<>(drie);
        eenNee.add(new Criteriumoordeel(Criterium.TOEGANKELIJK, false, "alleen voor leden"));

        assertThatThrownBy(() -> eenAanvraag().bouw(klok).kenToe(Bedrag.euro(100), drie, List.of(), null, regeling, List.of(), "J", klok))
                .hasFieldOrPropertyWithValue("code", "criteria-onvolledig");
        assertThatThrownBy(() -> eenAanvraag().bouw(klok).kenToe(Bedrag.euro(100), eenNee, List.of(), null, regeling, List.of(), "J", klok))
                .hasFieldOrPropertyWithValue("code", "criteria-niet-voldaan");
    }

    @Test
    void a_street_event_refuses_food_drink_crockery_and_barbecue_lines_and_closed_parties() {
        for (Kostensoort soort : Kostensoort.values()) {
            var bouwer = eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST).regel(soort, 50);
            boolean uitgesloten = switch (soort) {
                case ETEN, DRINKEN, SERVIES, BARBECUE -> true;
                default -> false;
            };
            if (uitgesloten) {
                assertThatThrownBy(() -> bouwer.bouw(klok)).isInstanceOf(RegelGeschonden.class)
                        .hasFieldOrPropertyWithValue("code", "kostensoort-uitgesloten");
            } else {
                assertThat(bouwer.bouw(klok).getBegroting()).hasSize(1);
            }
        }
        assertThatThrownBy(() -> eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("Dorpsstraat", "Straatfeest", "buren", LocalDate.of(2026, 6, 1), false))
                .bouw(klok)).hasFieldOrPropertyWithValue("code", "bijeenkomst-niet-openbaar");
        assertThatThrownBy(() -> eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST).bijeenkomst(null).bouw(klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "bijeenkomst");
    }

    @Test
    void a_street_event_contribution_is_at_most_the_schemes_fixed_amount() {
        Subsidieaanvraag aanvraag = eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST)
                .regel(Kostensoort.GELUID, 150).bouw(klok);

        assertThatThrownBy(() -> aanvraag.kenToe(Bedrag.euro(101), List.of(), List.of(), null,
                regeling(Regelingsoort.STRAATBIJEENKOMST), List.of(), "J", klok))
                .hasFieldOrPropertyWithValue("code", "bedrag-boven-regeling");
    }

    @Test
    void bijzondere_initiatieven_need_the_colleges_decision_the_others_take_none() {
        Collegebesluit besluit = new Collegebesluit("B&W 2026-114", LocalDate.of(2026, 3, 10));
        Subsidieaanvraag bijzonder = eenAanvraag().regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN).bouw(klok);

        assertThatThrownBy(() -> bijzonder.kenToe(Bedrag.euro(500), List.of(), List.of(), null,
                regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN), List.of(), "J", klok))
                .hasFieldOrPropertyWithValue("code", "collegebesluit-ontbreekt");
        assertThatThrownBy(() -> eenAanvraag().bouw(klok).kenToe(Bedrag.euro(500), alleCriteriaVoldaan(), List.of(), besluit,
                regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), List.of(), "J", klok)).isInstanceOf(OngeldigeWaarde.class);
        bijzonder.kenToe(Bedrag.euro(500), List.of(), List.of(), besluit, regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN),
                List.of(), "J", klok);
        assertThat(bijzonder.getCollegebesluit()).contains(besluit);
    }

    @Test
    void decisions_follow_the_state_machine_granted_or_refused_once_and_a_grant_paid_once() {
        for (AanvraagStatus van : AanvraagStatus.values()) {
            for (AanvraagStatus naar : AanvraagStatus.values()) {
                Subsidieaanvraag aanvraag = inStatus(van);
                Runnable overgang = switch (naar) {
                    case TOEGEKEND -> () -> aanvraag.kenToe(Bedrag.euro(100), alleCriteriaVoldaan(), List.of(), null,
                            regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), List.of(), "J", klok);
                    case AFGEWEZEN -> () -> aanvraag.wijsAf("past niet", List.of(), List.of(), null, regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), "J", klok);
                    case UITBETAALD -> () -> aanvraag.betaalUit("J", klok);
                    case INGEDIEND -> null;
                };
                if (overgang == null) {
                    continue;
                }
                if (van.volgende().contains(naar)) {
                    overgang.run();
                    assertThat(aanvraag.getStatus()).isEqualTo(naar);
                } else {
                    assertThatThrownBy(overgang::run).hasFieldOrPropertyWithValue("code", "aanvraag-ongeldige-overgang");
                }
            }
        }
    }

    @Test
    void a_grant_can_only_be_asked_for_an_open_initiative() {
        Initiatief afgewezen = InitiatiefBouwer.eenInitiatief().bouw(klok);
        afgewezen.gaNaar(InitiatiefStatus.AFGEWEZEN, "past niet in het beleid", "J", klok);

        assertThatThrownBy(() -> eenAanvraag().voor(afgewezen).bouw(klok)).isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "initiatief-afgesloten").hasMessageContaining("afgewezen");
    }

    @Test
    void an_application_is_for_its_initiatives_kern_and_this_budget_year_unless_another_is_asked() {
        Initiatief initiatief = InitiatiefBouwer.eenInitiatief().bouw(klok);
        Subsidieaanvraag aanvraag = Subsidieaanvraag.vraagAan(initiatief, KernBouwer.eenKern().bouw(initiatief.getKern(), klok),
                regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), null,
                "Bankjes", List.of(new Begrotingsregel("Hout", Kostensoort.MATERIAAL, Bedrag.euro(300))), null, klok);

        assertThat(aanvraag.getJaar()).isEqualTo(2026);
        assertThat(aanvraag.getKern()).isEqualTo(initiatief.getKern());
        assertThat(aanvraag.getGemeente()).isEqualTo(initiatief.getGemeente());
        assertThatThrownBy(() -> eenAanvraag().jaar(2028).bouw(klok))
                .hasFieldOrPropertyWithValue("code", "buiten-bereik");
    }

    @Test
    void a_street_event_is_budgeted_in_the_year_it_takes_place() {
        Initiatief initiatief = InitiatiefBouwer.eenInitiatief().bouw(klok);
        Subsidieaanvraag volgendJaar = Subsidieaanvraag.vraagAan(initiatief,
                KernBouwer.eenKern().bouw(initiatief.getKern(), klok), regeling(Regelingsoort.STRAATBIJEENKOMST), null,
                "Buitenspeeldag",
                List.of(new Begrotingsregel("Spellen", Kostensoort.SPELLEN, Bedrag.euro(80))),
                new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen", LocalDate.of(2027, 6, 19), true), klok);

        assertThat(volgendJaar.getJaar()).isEqualTo(2027);
    }

    @Test
    void a_street_event_gets_one_contribution_a_year_for_the_same_activity_or_target_group_and_stays_undecided_if_refused() {
        Straatbijeenkomst buitenspeeldag = new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen",
                LocalDate.of(2026, 6, 21), true);
        Subsidieaanvraag zelfdeDoelgroep = eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("DORPSSTRAAT", "Straatfeest", "Kinderen", LocalDate.of(2026, 9, 1), true))
                .regel(Kostensoort.SPELLEN, 100).bouw(klok);

        assertThatThrownBy(() -> zelfdeDoelgroep.kenToe(Bedrag.euro(100), List.of(), List.of(), null,
                regeling(Regelingsoort.STRAATBIJEENKOMST), List.of(buitenspeeldag), "J", klok))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "bijeenkomst-al-gesubsidieerd")
                .hasMessageContaining("DORPSSTRAAT").hasMessageContaining("2026");
        // refused before anything changed
        assertThat(zelfdeDoelgroep.getStatus()).isEqualTo(AanvraagStatus.INGEDIEND);
        assertThat(zelfdeDoelgroep.getToegekendBedrag()).isEmpty();

        Subsidieaanvraag anders = eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("Dorpsstraat", "Straatfeest", "ouderen", LocalDate.of(2026, 9, 1), true))
                .regel(Kostensoort.SPELLEN, 100).bouw(klok);
        anders.kenToe(Bedrag.euro(100), List.of(), List.of(), null, regeling(Regelingsoort.STRAATBIJEENKOMST),
                List.of(buitenspeeldag), "J", klok);
        assertThat(anders.getStatus()).isEqualTo(AanvraagStatus.TOEGEKEND);
    }

    @Test
    void a_refusal_needs_a_motivation() {
        assertThatThrownBy(() -> eenAanvraag().bouw(klok).wijsAf("  ", List.of(), List.of(), null, regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), "J", klok))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "afwijzing-zonder-motivering");
    }

    private Subsidieaanvraag inStatus(AanvraagStatus status) {
        Subsidieaanvraag aanvraag = eenAanvraag().bouw(klok);
        switch (status) {
            case INGEDIEND -> { }
            case TOEGEKEND, UITBETAALD -> {
                aanvraag.kenToe(Bedrag.euro(100), alleCriteriaVoldaan(), List.of(), null, regeling(Regelingsoort.LEEFBAARHEIDSBUDGET),
                        List.of(), "J", klok);
                if (status == AanvraagStatus.UITBETAALD) {
                    aanvraag.betaalUit("J", klok);
                }
            }
            case AFGEWEZEN -> aanvraag.wijsAf("past niet", List.of(), List.of(), null, regeling(Regelingsoort.LEEFBAARHEIDSBUDGET), "J", klok);
        }
        return aanvraag;
    }
}
