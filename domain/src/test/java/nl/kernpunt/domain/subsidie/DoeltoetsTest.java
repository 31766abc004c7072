package nl.kernpunt.domain.subsidie;

import static nl.kernpunt.domain.testdata.AanvraagBouwer.eenAanvraag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

/** The street contribution's rules of play [004 D]: "gezelliger, veiliger of schonere omgeving en versterkt het onderlinge contact". */
class DoeltoetsTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00Z");
    private final Doeltoets straat = new Doeltoets(List.of(
            new Doelcriterium("gezelliger-veiliger-of-schoner", "Draagt bij aan een gezelliger, veiliger of schonere omgeving"),
            new Doelcriterium("versterkt-contact", "Versterkt het onderlinge contact")));

    private Subsidieregeling straatregeling() {
        Subsidieregeling regeling = Subsidieregeling.standaard(new Gemeentecode("0214"), Regelingsoort.STRAATBIJEENKOMST, klok);
        regeling.wijzig(regeling.getNaam(), regeling.getBedrag(), straat, klok);
        return regeling;
    }

    private Subsidieaanvraag buitenspeeldag() {
        return eenAanvraag().regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen", LocalDate.of(2026, 6, 21), true))
                .regel(Kostensoort.SPELLEN, 100).bouw(klok);
    }

    private static Doeltoetsantwoord ja(String criterium) {
        return new Doeltoetsantwoord(criterium, true, "Kinderen uit de hele straat spelen samen op straat");
    }

    @Test
    void a_scheme_starts_without_a_purpose_test_and_a_change_replaces_it() {
        Subsidieregeling regeling = Subsidieregeling.standaard(new Gemeentecode("0214"), Regelingsoort.STRAATBIJEENKOMST, klok);
        assertThat(regeling.getDoeltoets().isLeeg()).isTrue();

        regeling.wijzig("Straatbijdrage", Bedrag.euro(100), straat, klok);
        assertThat(regeling.getDoeltoets()).isEqualTo(straat);
        regeling.wijzig("Bijdrage straat-/buurtbijeenkomst", Bedrag.euro(120), Doeltoets.GEEN, klok);
        assertThat(regeling.getDoeltoets().isLeeg()).isTrue();
    }

    @Test
    void criteria_have_kebab_case_codes_of_their_own() {
        assertThatThrownBy(() -> new Doelcriterium("Versterkt contact", "x")).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "ongeldig-formaat");
        Doelcriterium contact = new Doelcriterium("versterkt-contact", "Versterkt het onderlinge contact");
        assertThatThrownBy(() -> new Doeltoets(List.of(contact, contact))).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "doeltoets").hasFieldOrPropertyWithValue("code", "dubbel");
    }

    @Test
    void a_grant_answers_every_criterion_and_records_the_answers() {
        Subsidieaanvraag aanvraag = buitenspeeldag();
        List<Doeltoetsantwoord> antwoorden = List.of(ja("versterkt-contact"), ja("gezelliger-veiliger-of-schoner"));

        aanvraag.kenToe(Bedrag.euro(100), List.of(), antwoorden, null, straatregeling(), List.of(), "J", klok);

        assertThat(aanvraag.getStatus()).isEqualTo(AanvraagStatus.TOEGEKEND);
        assertThat(aanvraag.getDoeltoets()).isEqualTo(antwoorden);
    }

    @Test
    void a_missing_or_unknown_answer_is_invalid_input_and_changes_nothing() {
        Subsidieaanvraag aanvraag = buitenspeeldag();

        assertThatThrownBy(() -> aanvraag.kenToe(Bedrag.euro(100), List.of(), List.of(ja("versterkt-contact")), null,
                straatregeling(), List.of(), "J", klok)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "doeltoets").hasFieldOrPropertyWithValue("code", "doeltoets-onvolledig")
                .hasMessageContaining("gezelliger-veiliger-of-schoner");
        assertThatThrownBy(() -> aanvraag.kenToe(Bedrag.euro(100), List.of(), List.of(ja("versterkt-contact"),
                ja("gezelliger-veiliger-of-schoner"), ja("duurzaam")), null, straatregeling(), List.of(), "J", klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "doelcriterium-onbekend");
        assertThatThrownBy(() -> aanvraag.kenToe(Bedrag.euro(100), List.of(), List.of(ja("versterkt-contact"),
                ja("versterkt-contact")), null, straatregeling(), List.of(), "J", klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "dubbel");
        assertThat(aanvraag.getStatus()).isEqualTo(AanvraagStatus.INGEDIEND);
        assertThat(aanvraag.getDoeltoets()).isEmpty();
    }

    @Test
    void a_criterion_not_met_refuses_the_grant_and_the_refusal_records_the_answers() {
        Subsidieaanvraag aanvraag = buitenspeeldag();
        List<Doeltoetsantwoord> antwoorden = List.of(ja("gezelliger-veiliger-of-schoner"),
                new Doeltoetsantwoord("versterkt-contact", false, "Alleen de eigen familie doet mee"));

        assertThatThrownBy(() -> aanvraag.kenToe(Bedrag.euro(100), List.of(), antwoorden, null, straatregeling(),
                List.of(), "J", klok)).isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "doeltoets-niet-voldaan").hasMessageContaining("versterkt-contact");
        assertThat(aanvraag.getStatus()).isEqualTo(AanvraagStatus.INGEDIEND);

        aanvraag.wijsAf("Versterkt het onderlinge contact niet", List.of(), antwoorden, null, straatregeling(), "J", klok);
        assertThat(aanvraag.getStatus()).isEqualTo(AanvraagStatus.AFGEWEZEN);
        assertThat(aanvraag.getDoeltoets()).isEqualTo(antwoorden);
    }

    @Test
    void a_scheme_without_a_purpose_test_takes_no_answers() {
        Subsidieregeling zonder = Subsidieregeling.standaard(new Gemeentecode("0214"), Regelingsoort.STRAATBIJEENKOMST, klok);

        assertThatThrownBy(() -> buitenspeeldag().kenToe(Bedrag.euro(100), List.of(), List.of(ja("versterkt-contact")),
                null, zonder, List.of(), "J", klok)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "niet-van-toepassing");
        Subsidieaanvraag zonderAntwoorden = buitenspeeldag();
        zonderAntwoorden.kenToe(Bedrag.euro(100), List.of(), List.of(), null, zonder, List.of(), "J", klok);
        assertThat(zonderAntwoorden.getStatus()).isEqualTo(AanvraagStatus.TOEGEKEND);
    }
}
