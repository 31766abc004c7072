package nl.kernpunt.domain.traject;

import static nl.kernpunt.domain.testdata.TrajectBouwer.betrokkenen;
import static nl.kernpunt.domain.testdata.TrajectBouwer.communicatieplan;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenJa;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenNee;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenTraject;
import static nl.kernpunt.domain.testdata.TrajectBouwer.middelen;
import static nl.kernpunt.domain.testdata.TrajectBouwer.niveaubepaling;
import static nl.kernpunt.domain.testdata.TrajectBouwer.volledigeEvaluatie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class ParticipatietrajectTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T09:00:00Z");

    private Participatietraject klaarVoorStart(Participatietraject traject) {
        traject.legAfwegingVast(eenJa(), "Lotte Bakker", klok);
        traject.legBetrokkenenVast(betrokkenen(), "Lotte Bakker", klok);
        traject.legNiveauVast(Participatieniveau.COPRODUCEREN, niveaubepaling(), "Lotte Bakker", klok);
        traject.legCommunicatieplanVast(communicatieplan(), "Lotte Bakker", klok);
        return traject;
    }

    @Test
    void the_ladder_has_five_ordered_levels_and_levels_four_and_five_are_schaalverdieping() {
        assertThat(Participatieniveau.values()).extracting(Participatieniveau::rang).containsExactly(1, 2, 3, 4, 5);
        assertThat(Participatieniveau.values()).extracting(Participatieniveau::isSchaalverdieping)
                .containsExactly(false, false, false, true, true);
        assertThat(Participatieniveau.COPRODUCEREN.rolInwoner()).contains("gelijkwaardige partner");
        assertThat(Participatieniveau.MEEBESLISSEN.rolOverheid()).startsWith("faciliteert");
    }

    @Test
    void a_new_traject_is_in_preparation_with_all_six_steps_open() {
        Participatietraject traject = eenTraject().bouw(klok);

        assertThat(traject.getFase()).isEqualTo(Fase.VOORBEREIDING);
        assertThat(traject.openStappen()).containsExactly(Stap.values());
        assertThat(traject.getNiveau()).isEmpty();
    }

    @Test
    void a_traject_covers_either_kernen_or_the_whole_gemeente() {
        var eigenaar = new Contactpersoon("Lotte Bakker", null, null);
        assertThatThrownBy(() -> new TrajectGegevens("Warmteplan", null, false, List.of(), eigenaar, List.of(), null,
                null, false, false, null)).isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "scope-ongeldig");
        assertThatThrownBy(() -> new TrajectGegevens("Warmteplan", null, true, List.of(KernId.nieuw()), eigenaar, List.of(),
                null, null, false, false, null)).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> new TrajectGegevens("Warmteplan", null, true, List.of(), eigenaar, List.of(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), false, false, null))
                .hasFieldOrPropertyWithValue("code", "eind-voor-start");
    }

    @Test
    void a_no_in_step_one_cannot_be_recorded_without_how_residents_are_told() {
        assertThatThrownBy(() -> new Afweging("geen", "ongeschikt", Doel.DRAAGVLAK, null, null, null, false,
                "wettelijk vast", null))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "communicatie-bij-nee-verplicht");
    }

    @Test
    void recording_a_step_keeps_when_and_by_whom_and_closes_that_step() {
        Participatietraject traject = eenTraject().bouw(klok);
        klok.verzet(Duration.ofHours(1));

        traject.legAfwegingVast(eenJa(), "Lotte Bakker", klok);

        assertThat(traject.getStappen().afweging().vastgelegdOp()).isEqualTo(klok.instant());
        assertThat(traject.getStappen().afweging().vastgelegdDoor()).isEqualTo("Lotte Bakker");
        assertThat(traject.openStappen()).doesNotContain(Stap.AFWEGING);
        assertThat(traject.getGewijzigdOp()).isEqualTo(klok.instant());
    }

    @Test
    void participation_cannot_start_without_the_afweging() {
        Participatietraject traject = eenTraject().bouw(klok);

        assertThatThrownBy(() -> traject.startParticipatie(klok))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "afweging-ontbreekt");
    }

    @Test
    void participation_cannot_start_after_a_no() {
        Participatietraject traject = klaarVoorStart(eenTraject().bouw(klok));
        traject.legAfwegingVast(eenNee(), "Lotte Bakker", klok);

        assertThatThrownBy(() -> traject.startParticipatie(klok))
                .hasFieldOrPropertyWithValue("code", "afweging-negatief");
    }

    @Test
    void participation_cannot_start_before_steps_two_to_four_are_recorded() {
        Participatietraject traject = eenTraject().bouw(klok);
        traject.legAfwegingVast(eenJa(), "Lotte Bakker", klok);
        traject.legBetrokkenenVast(betrokkenen(), "Lotte Bakker", klok);

        assertThatThrownBy(() -> traject.startParticipatie(klok))
                .hasFieldOrPropertyWithValue("code", "stappen-onvolledig")
                .hasMessageContaining("niveau").hasMessageContaining("communicatieplan");
    }

    @Test
    void a_large_traject_cannot_start_without_a_startnotitie() {
        Participatietraject traject = klaarVoorStart(eenTraject().groot().bouw(klok));

        assertThatThrownBy(() -> traject.startParticipatie(klok))
                .hasFieldOrPropertyWithValue("code", "startnotitie-ontbreekt");
    }

    @Test
    void a_large_traject_with_a_startnotitie_starts() {
        Participatietraject traject = klaarVoorStart(eenTraject().groot().metStartnotitie().bouw(klok));

        traject.startParticipatie(klok);

        assertThat(traject.getFase()).isEqualTo(Fase.PARTICIPATIE);
    }

    @Test
    void a_traject_cannot_start_twice_and_step_one_is_fixed_once_it_runs() {
        Participatietraject traject = klaarVoorStart(eenTraject().bouw(klok));
        traject.startParticipatie(klok);

        assertThatThrownBy(() -> traject.startParticipatie(klok)).hasFieldOrPropertyWithValue("code", "fase-ongeldige-overgang");
        assertThatThrownBy(() -> traject.legAfwegingVast(eenJa(), "x", klok)).hasFieldOrPropertyWithValue("code", "stap-vastgezet");
    }

    @Test
    void a_traject_closes_only_with_feedback_and_evaluation_recorded() {
        Participatietraject traject = klaarVoorStart(eenTraject().bouw(klok));
        traject.startParticipatie(klok);

        assertThatThrownBy(() -> traject.sluit(klok)).hasFieldOrPropertyWithValue("code", "terugkoppeling-ontbreekt");
        traject.legEvaluatieVast(new Evaluatie("Brief aan deelnemers", null, null, null, null, null), "Lotte Bakker", klok);
        assertThatThrownBy(() -> traject.sluit(klok)).hasFieldOrPropertyWithValue("code", "evaluatie-ontbreekt");

        traject.legEvaluatieVast(volledigeEvaluatie(), "Lotte Bakker", klok);
        traject.sluit(klok);

        assertThat(traject.getFase()).isEqualTo(Fase.AFGEROND);
        assertThatThrownBy(() -> traject.legMiddelenVast(middelen(), "x", klok))
                .hasFieldOrPropertyWithValue("code", "traject-afgerond");
    }

    @Test
    void a_traject_in_preparation_closes_only_after_a_no() {
        Participatietraject traject = eenTraject().bouw(klok);
        traject.legEvaluatieVast(volledigeEvaluatie(), "Lotte Bakker", klok);
        assertThatThrownBy(() -> traject.sluit(klok)).hasFieldOrPropertyWithValue("code", "fase-ongeldige-overgang");

        traject.legAfwegingVast(eenNee(), "Lotte Bakker", klok);
        traject.sluit(klok);

        assertThat(traject.getFase()).isEqualTo(Fase.AFGEROND);
    }

    /**
     * ADR 6 and issue 13 item 6: after a "no" at step 1 nobody participated, so nothing is evaluated;
     * the traject closes in preparation once residents were told why, and not before.
     */
    @Test
    void after_a_no_a_traject_closes_in_preparation_once_residents_were_told_why_without_a_process_evaluation() {
        Participatietraject traject = eenTraject().bouw(klok);
        traject.legAfwegingVast(eenNee(), "Lotte Bakker", klok);

        assertThatThrownBy(() -> traject.sluit(klok)).hasFieldOrPropertyWithValue("code", "terugkoppeling-ontbreekt")
                .hasMessageContaining("geen participatie");
        traject.legEvaluatieVast(new Evaluatie("In de dorpskrant uitgelegd waarom de raad hier al besliste",
                null, null, null, null, null), "Lotte Bakker", klok);
        traject.sluit(klok);

        assertThat(traject.getFase()).isEqualTo(Fase.AFGEROND);
        assertThat(traject.openStappen()).contains(Stap.BETROKKENEN, Stap.NIVEAU);
    }

    /** 000 §3.3.6 and issue 13 item 9: silence towards the participants is a signal, as for initiatives. */
    @Test
    void a_running_traject_without_contact_with_its_participants_beyond_the_threshold_is_stil() {
        Participatietraject traject = klaarVoorStart(eenTraject().bouw(klok));
        klok.verzet(Duration.ofDays(60));
        assertThat(traject.isStil(grensOp28Dagen(klok.instant()))).as("in preparation nobody is waiting yet").isFalse();
        Instant start = klok.instant();
        traject.startParticipatie(klok);

        assertThat(traject.isStil(grensOp28Dagen(start.plus(Duration.ofDays(28))))).isFalse();
        assertThat(traject.isStil(grensOp28Dagen(start.plus(Duration.ofDays(28)).plusSeconds(1)))).isTrue();
        klok.verzet(Duration.ofDays(20));
        traject.legContactVast(new Contactmoment(klok.instant(), Kanaal.GESPREK, "Tweede bewonersavond", "Lotte"),
                klok);
        assertThat(traject.stilSinds()).contains(klok.instant());
        assertThat(traject.isStil(grensOp28Dagen(start.plus(Duration.ofDays(40))))).isFalse();
        assertThat(traject.isStil(grensOp28Dagen(start.plus(Duration.ofDays(49))))).isTrue();

        traject.legEvaluatieVast(volledigeEvaluatie(), "Lotte", klok);
        traject.sluit(klok);
        assertThat(traject.isStil(grensOp28Dagen(start.plus(Duration.ofDays(400))))).as("a closed traject is never stil").isFalse();
    }

    @Test
    void a_contact_lies_neither_in_the_future_nor_before_the_traject_nor_after_closing() {
        Participatietraject traject = eenTraject().bouw(klok);

        assertThatThrownBy(() -> traject.legContactVast(new Contactmoment(klok.instant().plusSeconds(60),
                Kanaal.EMAIL, "t", "x"), klok)).hasFieldOrPropertyWithValue("code", "in-de-toekomst");
        assertThatThrownBy(() -> traject.legContactVast(new Contactmoment(klok.instant().minusSeconds(60),
                Kanaal.EMAIL, "t", "x"), klok)).hasFieldOrPropertyWithValue("code", "voor-registratie");
        traject.legContactVast(new Contactmoment(klok.instant(), Kanaal.EMAIL, "Uitnodiging", "x"), klok);
        assertThat(traject.getContactmomenten()).hasSize(1);
    }

    @Test
    void every_level_change_is_kept_with_from_to_when_who_and_why() {
        Participatietraject traject = eenTraject().bouw(klok);
        traject.legNiveauVast(Participatieniveau.RAADPLEGEN, niveaubepaling(), "Lotte Bakker", klok);
        var vastgesteld = klok.instant();
        klok.verzet(Duration.ofDays(30));

        traject.wijzigNiveau(Participatieniveau.COPRODUCEREN, "Bewoners vormen een kerngroep", "Sanne de Vries", klok);

        assertThat(traject.getNiveau()).contains(Participatieniveau.COPRODUCEREN);
        assertThat(traject.isSchaalverdieping()).isTrue();
        assertThat(traject.getNiveauhistorie()).containsExactly(
                new Niveauwijziging(null, Participatieniveau.RAADPLEGEN, vastgesteld, "Lotte Bakker", "vastgesteld in stap 3"),
                new Niveauwijziging(Participatieniveau.RAADPLEGEN, Participatieniveau.COPRODUCEREN, klok.instant(),
                        "Sanne de Vries", "Bewoners vormen een kerngroep"));
    }

    @Test
    void a_level_changes_only_with_a_reason() {
        Participatietraject traject = eenTraject().bouw(klok);
        traject.legNiveauVast(Participatieniveau.RAADPLEGEN, niveaubepaling(), "Lotte Bakker", klok);

        assertThatThrownBy(() -> traject.wijzigNiveau(Participatieniveau.ADVISEREN, " ", "Lotte Bakker", klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "reden");
        assertThatThrownBy(() -> traject.legNiveauVast(Participatieniveau.ADVISEREN, niveaubepaling(), "Lotte Bakker", klok))
                .hasFieldOrPropertyWithValue("code", "niveau-wijzigen-met-reden");
        assertThatThrownBy(() -> traject.wijzigNiveau(Participatieniveau.RAADPLEGEN, "zelfde", "Lotte Bakker", klok))
                .hasFieldOrPropertyWithValue("code", "niveau-ongewijzigd");
        assertThat(traject.getNiveauhistorie()).hasSize(1);
    }

    @Test
    void a_level_cannot_change_before_step_three_set_it() {
        Participatietraject traject = eenTraject().bouw(klok);

        assertThatThrownBy(() -> traject.wijzigNiveau(Participatieniveau.ADVISEREN, "reden", "Lotte Bakker", klok))
                .hasFieldOrPropertyWithValue("code", "niveau-nog-niet-bepaald");
    }

    @Test
    void other_is_a_method_only_with_a_description() {
        assertThatThrownBy(() -> new Participatiemiddel(Middeltype.ANDERS, null))
                .hasFieldOrPropertyWithValue("code", "omschrijving-bij-anders-verplicht");
    }

    /** The bound a 28-day threshold (Buren's) gives at {@code nu}. */
    private static Instant grensOp28Dagen(Instant nu) {
        return nu.minus(Duration.ofDays(28));
    }
}
