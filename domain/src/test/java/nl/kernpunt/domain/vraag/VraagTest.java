package nl.kernpunt.domain.vraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VraagTest {

    private static final Contactpersoon INWONER = new Contactpersoon("Mevrouw Van Rijn", "vanrijn@example.nl", null);
    private static final Contactpersoon KERNAMBTENAAR = new Contactpersoon("Annemiek Verhoef", "a.verhoef@buren.nl", null);
    private static final Contactpersoon COLLEGA = new Contactpersoon("Team Openbare Ruimte", "or@buren.nl", null);

    private final VasteKlok klok = VasteKlok.op("2026-06-01T08:00:00Z");

    private Vraag eenVraag() {
        return Vraag.ontvang(new Gemeentecode("0214"), KernId.nieuw(), "Afval naast de containers",
                "Bij de containers aan de Dorpsstraat staat elke week afval.", INWONER, klok.instant(), KERNAMBTENAAR, Antwoordtermijn.EEN_WEEK, "Annemiek", klok);
    }

    @Test
    void a_procesantwoord_within_the_week_meets_the_term_even_if_the_answer_comes_later() {
        Vraag vraag = eenVraag();
        vraag.zetDoor(COLLEGA, "Annemiek", klok);
        klok.verzet(Duration.ofDays(3));
        vraag.geefProcesantwoord("Team Openbare Ruimte bekijkt het; antwoord voor 20 juni", LocalDate.of(2026, 6, 20), null, "Annemiek", klok);
        klok.verzet(Duration.ofDays(14));
        vraag.beantwoord("Extra ophaalronde op dinsdag", "Team Openbare Ruimte", klok);

        Termijnstand stand = vraag.termijnstand(klok.instant());

        assertThat(stand.gehaald()).isTrue();
        assertThat(stand.deadline()).isEqualTo(Instant.parse("2026-06-08T08:00:00Z"));
        assertThat(vraag.getEersteReactieOp()).isEqualTo(Instant.parse("2026-06-04T08:00:00Z"));
        assertThat(vraag.lopendeDeadline()).isEmpty();
    }

    @Test
    void the_running_deadline_exists_only_while_the_clock_runs_and_no_reaction_was_given() {
        Vraag vraag = eenVraag();
        assertThat(vraag.lopendeDeadline()).contains(Instant.parse("2026-06-08T08:00:00Z"));

        klok.verzet(Duration.ofDays(1));
        vraag.wachtOpInwoner("foto gevraagd", "x", klok);
        assertThat(vraag.lopendeDeadline()).isEmpty();

        klok.verzet(Duration.ofDays(2));
        vraag.hervat("x", klok);
        assertThat(vraag.lopendeDeadline()).contains(Instant.parse("2026-06-10T08:00:00Z"));
    }

    @Test
    void without_any_reaction_the_term_is_open_until_the_deadline_and_missed_after_it() {
        Vraag vraag = eenVraag();

        assertThat(vraag.termijnstand(klok.instant().plus(Duration.ofDays(6))).gehaald()).isNull();
        assertThat(vraag.termijnstand(klok.instant().plus(Duration.ofDays(8))).isVerlopen()).isTrue();
    }

    @Test
    void waiting_for_the_resident_stops_the_clock_and_resuming_returns_to_the_previous_status() {
        Vraag vraag = eenVraag();
        vraag.zetDoor(COLLEGA, "Annemiek", klok);
        klok.verzet(Duration.ofDays(2));
        vraag.wachtOpInwoner("Welke container bedoelt u?", "Team Openbare Ruimte", klok);
        klok.verzet(Duration.ofDays(4));
        vraag.hervat("Team Openbare Ruimte", klok);
        klok.verzet(Duration.ofDays(4));
        vraag.beantwoord("Extra ophaalronde", "Team Openbare Ruimte", klok);

        assertThat(vraag.getHistorie()).extracting(Statusovergang::naar).containsExactly(VraagStatus.ONTVANGEN,
                VraagStatus.DOORGEZET, VraagStatus.WACHT_OP_INWONER, VraagStatus.DOORGEZET, VraagStatus.BEANTWOORD);
        Termijnstand stand = vraag.termijnstand(klok.instant());
        assertThat(stand.deadline()).isEqualTo(Instant.parse("2026-06-12T08:00:00Z"));
        assertThat(stand.gehaald()).isTrue();
    }

    static List<Arguments> ongeldigeOvergangen() {
        Consumer<Vraag> beantwoord = v -> v.beantwoord("klaar", "x", VasteKlok.op("2026-06-02T08:00:00Z"));
        Consumer<Vraag> gesloten = v -> v.sluit("dubbel", "x", VasteKlok.op("2026-06-02T08:00:00Z"));
        Consumer<Vraag> wacht = v -> v.wachtOpInwoner("vraag", "x", VasteKlok.op("2026-06-02T08:00:00Z"));
        return List.of(
                Arguments.of("beantwoord → procesantwoord", beantwoord, (Consumer<Vraag>) v -> v.geefProcesantwoord("t", LocalDate.of(2026, 6, 20), COLLEGA, "x", VasteKlok.op("2026-06-03T08:00:00Z"))),
                Arguments.of("beantwoord → doorgezet", beantwoord, (Consumer<Vraag>) v -> v.zetDoor(COLLEGA, "x", VasteKlok.op("2026-06-03T08:00:00Z"))),
                Arguments.of("beantwoord → wacht-op-inwoner", beantwoord, wacht),
                Arguments.of("gesloten → beantwoord", gesloten, beantwoord),
                Arguments.of("gesloten → gesloten", gesloten, gesloten),
                Arguments.of("wacht-op-inwoner → beantwoord", wacht, beantwoord),
                Arguments.of("ontvangen → hervat", (Consumer<Vraag>) v -> { }, (Consumer<Vraag>) v -> v.hervat("x", VasteKlok.op("2026-06-03T08:00:00Z"))));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("ongeldigeOvergangen")
    void an_illegal_transition_is_refused_with_a_stable_code_and_changes_nothing(String naam, Consumer<Vraag> eerst, Consumer<Vraag> dan) {
        Vraag vraag = eenVraag();
        eerst.accept(vraag);
        VraagStatus voor = vraag.getStatus();
        int stappen = vraag.getHistorie().size();

        assertThatThrownBy(() -> dan.accept(vraag))
                .isInstanceOf(RegelGeschonden.class)
                .extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("vraag-ongeldige-overgang");
        assertThat(vraag.getStatus()).isEqualTo(voor);
        assertThat(vraag.getHistorie()).hasSize(stappen);
    }

    @Test
    void closing_while_waiting_ends_the_pause() {
        Vraag vraag = eenVraag();
        vraag.wachtOpInwoner("foto gevraagd", "x", klok);
        klok.verzet(Duration.ofDays(30));
        vraag.sluit("geen reactie van de inwoner", "x", klok);

        assertThat(vraag.getPauzes()).singleElement().extracting(Pauze::tot).isEqualTo(klok.instant());
        assertThat(vraag.termijnstand(klok.instant().plus(Duration.ofDays(100))).gehaald()).isTrue();
    }

    @Test
    void a_question_cannot_be_received_in_the_future_and_a_procesantwoord_needs_its_content() {
        assertThatThrownBy(() -> Vraag.ontvang(new Gemeentecode("0214"), KernId.nieuw(), "o", "t", INWONER,
                klok.instant().plus(Duration.ofHours(1)), KERNAMBTENAAR, Antwoordtermijn.EEN_WEEK, "x", klok))
                .isInstanceOf(OngeldigeWaarde.class).extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("ontvangenOp");
        assertThatThrownBy(() -> eenVraag().geefProcesantwoord(" ", LocalDate.of(2026, 6, 20), COLLEGA, "x", klok))
                .isInstanceOf(OngeldigeWaarde.class).extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("toelichting");
    }

    /** 004 E: the procesantwoord says the question is known and who handles it. */
    @Test
    void a_procesantwoord_names_who_handles_the_question_or_keeps_the_one_it_was_handed_to() {
        Vraag zonder = eenVraag();
        assertThatThrownBy(() -> zonder.geefProcesantwoord("t", LocalDate.of(2026, 6, 20), null, "x", klok))
                .isInstanceOf(OngeldigeWaarde.class).extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("behandelaar");
        assertThat(zonder.getStatus()).isEqualTo(VraagStatus.ONTVANGEN);

        Vraag genoemd = eenVraag();
        genoemd.geefProcesantwoord("t", LocalDate.of(2026, 6, 20), COLLEGA, "x", klok);
        assertThat(genoemd.getBehandelaar()).isEqualTo(COLLEGA);

        Vraag doorgezet = eenVraag();
        doorgezet.zetDoor(COLLEGA, "x", klok);
        doorgezet.geefProcesantwoord("t", LocalDate.of(2026, 6, 20), null, "x", klok);
        assertThat(doorgezet.getBehandelaar()).isEqualTo(COLLEGA);

        Vraag overgenomen = eenVraag();
        overgenomen.zetDoor(COLLEGA, "x", klok);
        overgenomen.geefProcesantwoord("t", LocalDate.of(2026, 6, 22), KERNAMBTENAAR, "x", klok);
        assertThat(overgenomen.getBehandelaar()).isEqualTo(KERNAMBTENAAR);
    }

    /** 001: nothing is lost when the kernambtenaar changes; the promise to the resident goes along. */
    @Test
    void the_new_kernambtenaar_takes_an_open_question_over_with_its_term_but_not_a_closed_one() {
        Vraag vraag = eenVraag();
        vraag.zetDoor(COLLEGA, "x", klok);
        Contactpersoon opvolger = new Contactpersoon("Ruud Jansen", "r.jansen@buren.nl", null);

        vraag.neemOverDoor(opvolger, klok);

        assertThat(vraag.getKernambtenaar()).contains(opvolger);
        assertThat(vraag.getBehandelaar()).isEqualTo(COLLEGA);
        assertThat(vraag.getStatus()).isEqualTo(VraagStatus.DOORGEZET);
        assertThat(vraag.lopendeDeadline()).contains(Instant.parse("2026-06-08T08:00:00Z"));
        vraag.sluit("dubbel", "x", klok);
        assertThatThrownBy(() -> vraag.neemOverDoor(KERNAMBTENAAR, klok))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "vraag-gesloten");
    }

    @Test
    void a_procesantwoord_names_a_date_not_in_the_past_and_keeps_it() {
        assertThatThrownBy(() -> eenVraag().geefProcesantwoord("t", LocalDate.of(2026, 5, 31), COLLEGA, "x", klok))
                .isInstanceOf(OngeldigeWaarde.class).extracting(f -> ((OngeldigeWaarde) f).veld()).isEqualTo("verwachtAntwoordOp");
        Vraag vraag = eenVraag();
        vraag.geefProcesantwoord("t", LocalDate.of(2026, 6, 1), COLLEGA, "x", klok);
        assertThat(vraag.getVerwachtAntwoordOp()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void data_may_be_corrected_until_the_question_is_closed() {
        Vraag vraag = eenVraag();
        vraag.wijzig("Zwerfafval", "Bij de containers ligt afval.", INWONER, klok);
        assertThat(vraag.getOnderwerp()).isEqualTo("Zwerfafval");
        vraag.sluit("dubbel", "x", klok);
        assertThatThrownBy(() -> vraag.wijzig("o", "t", INWONER, klok))
                .isInstanceOf(RegelGeschonden.class).extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("vraag-gesloten");
    }

    @Test
    void a_late_reaction_stays_late_when_the_clock_pauses_afterwards() {
        Vraag vraag = eenVraag();
        assertThat(vraag.termijnGehaald()).isEmpty();
        klok.verzet(Duration.ofDays(8));
        vraag.geefProcesantwoord("t", LocalDate.of(2026, 6, 20), COLLEGA, "x", klok);
        vraag.wachtOpInwoner("foto nodig", "x", klok);
        klok.verzet(Duration.ofDays(10));

        assertThat(vraag.termijnGehaald()).contains(false);
        assertThat(vraag.termijnstand(klok.instant()).deadline()).isEqualTo(Instant.parse("2026-06-08T08:00:00Z"));
    }

    @Test
    void a_pause_stops_a_running_deadline_but_a_question_paused_when_already_late_stays_overdue() {
        Vraag opTijd = eenVraag();
        klok.verzet(Duration.ofDays(2));
        opTijd.wachtOpInwoner("foto nodig", "x", klok);
        assertThat(opTijd.lopendeDeadline()).isEmpty();

        Vraag laat = eenVraag();
        klok.verzet(Duration.ofDays(8));
        laat.wachtOpInwoner("foto nodig", "x", klok);
        klok.verzet(Duration.ofDays(3));

        assertThat(laat.lopendeDeadline()).contains(Instant.parse("2026-06-10T08:00:00Z"));
        assertThat(laat.termijnstand(klok.instant()).isVerlopen()).isTrue();
    }

    @Test
    void a_status_from_the_case_system_goes_through_the_same_rules_and_back_from_a_pause_is_hervatten() {
        Vraag vraag = eenVraag();
        vraag.zetDoor(COLLEGA, "Annemiek", klok);
        vraag.neemStatusOver(VraagStatus.WACHT_OP_INWONER, "foto gevraagd", "zaaksysteem", klok);
        assertThat(vraag.getPauzes()).hasSize(1);

        klok.verzet(Duration.ofDays(2));
        vraag.neemStatusOver(VraagStatus.DOORGEZET, null, "zaaksysteem", klok);
        assertThat(vraag.getStatus()).isEqualTo(VraagStatus.DOORGEZET);
        assertThat(vraag.getPauzes().get(0).tot()).isEqualTo(klok.instant());

        vraag.neemStatusOver(VraagStatus.BEANTWOORD, "Extra ophaalronde", "zaaksysteem", klok);
        assertThat(vraag.getEersteReactieOp()).isEqualTo(klok.instant());
        assertThatThrownBy(() -> vraag.neemStatusOver(VraagStatus.DOORGEZET, null, "zaaksysteem", klok))
                .isInstanceOf(RegelGeschonden.class).extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("vraag-ongeldige-overgang");
        assertThatThrownBy(() -> vraag.neemStatusOver(VraagStatus.GESLOTEN, null, "zaaksysteem", klok))
                .isInstanceOf(OngeldigeWaarde.class);
        assertThat(vraag.getStatus()).isEqualTo(VraagStatus.BEANTWOORD);
    }

    @Test
    void doorzetten_and_a_procesantwoord_from_the_case_system_are_refused_for_want_of_their_content() {
        Vraag vraag = eenVraag();
        for (VraagStatus naar : List.of(VraagStatus.DOORGEZET, VraagStatus.PROCESANTWOORD_GEGEVEN)) {
            assertThatThrownBy(() -> vraag.neemStatusOver(naar, "opgepakt", "zaaksysteem", klok))
                    .isInstanceOf(RegelGeschonden.class)
                    .extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("vraag-overgang-onvolledig");
        }
        assertThatThrownBy(() -> vraag.neemStatusOver(VraagStatus.ONTVANGEN, null, "zaaksysteem", klok))
                .isInstanceOf(RegelGeschonden.class).extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("vraag-ongeldige-overgang");
        assertThat(vraag.getStatus()).isEqualTo(VraagStatus.ONTVANGEN);
        assertThat(vraag.getHistorie()).hasSize(1);
    }

    @Test
    void the_public_face_shows_where_the_question_stands_and_the_procesantwoord_but_no_person_or_text() {
        Vraag vraag = eenVraag();
        vraag.zetDoor(COLLEGA, "Annemiek", klok);
        klok.verzet(Duration.ofDays(2));
        vraag.geefProcesantwoord("Eerste bericht", LocalDate.of(2026, 6, 10), null, "Annemiek", klok);
        vraag.zetDoor(COLLEGA, "Annemiek", klok);
        vraag.geefProcesantwoord("De buitendienst komt dinsdag", LocalDate.of(2026, 6, 12), null, "Annemiek", klok);

        OpenbareVraag openbaar = vraag.openbaar(klok.instant());

        assertThat(openbaar.referentie()).isEqualTo(vraag.getReferentie());
        assertThat(openbaar.status()).isEqualTo(VraagStatus.PROCESANTWOORD_GEGEVEN);
        assertThat(openbaar.procesantwoord()).isEqualTo("De buitendienst komt dinsdag");
        assertThat(openbaar.verwachtAntwoordOp()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(openbaar.deadline()).isEqualTo(Instant.parse("2026-06-08T08:00:00Z"));
        assertThat(openbaar.termijnGehaald()).isTrue();
        assertThat(openbaar.toString()).doesNotContain("Van Rijn").doesNotContain("Openbare Ruimte")
                .doesNotContain("Dorpsstraat");
    }

    @Test
    void marking_spam_stamps_the_moment_once() {
        Vraag vraag = eenVraag();
        assertThat(vraag.getSpamOp()).isNull();

        assertThat(vraag.markeerAlsSpam(klok)).isTrue();
        Instant eerste = vraag.getSpamOp();
        klok.verzet(Duration.ofHours(1));

        assertThat(vraag.markeerAlsSpam(klok)).isFalse();
        assertThat(vraag.getSpamOp()).isEqualTo(eerste).isEqualTo(Instant.parse("2026-06-01T08:00:00Z"));
    }

    @Test
    void erasing_the_asker_leaves_the_question_and_its_term() {
        Vraag vraag = eenVraag();

        assertThat(vraag.anonimiseer(p -> p.equals(COLLEGA), klok)).isFalse();
        assertThat(vraag.anonimiseer(p -> p.equals(INWONER), klok)).isTrue();

        assertThat(vraag.getVrager()).isEqualTo(Contactpersoon.VERWIJDERD);
        assertThat(vraag.getOnderwerp()).isEqualTo("Afval naast de containers");
        assertThat(vraag.anonimiseer(p -> p.equals(INWONER), klok)).isFalse();
    }
}
