package nl.kernpunt.domain.vraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AntwoordtermijnTest {

    private static final Antwoordtermijn WEEK = Antwoordtermijn.EEN_WEEK;
    private static final Antwoordtermijn VIJF_WERKDAGEN = new Antwoordtermijn(5, Termijnsoort.WERKDAGEN);

    private static Instant amsterdam(String lokaal) {
        return java.time.LocalDateTime.parse(lokaal).atZone(Antwoordtermijn.TIJDZONE).toInstant();
    }

    private static ZonedDateTime lokaal(Instant moment) {
        return moment.atZone(Antwoordtermijn.TIJDZONE);
    }

    @Test
    void a_week_across_the_start_of_summer_time_ends_at_the_same_clock_time_one_hour_sooner() {
        Instant ontvangen = amsterdam("2026-03-25T10:00");

        Instant deadline = WEEK.deadline(ontvangen, List.of(), ontvangen);

        assertThat(lokaal(deadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-04-01T10:00"));
        assertThat(Duration.between(ontvangen, deadline)).isEqualTo(Duration.ofHours(7 * 24 - 1));
    }

    @Test
    void a_week_across_the_end_of_summer_time_ends_at_the_same_clock_time_one_hour_later() {
        Instant ontvangen = amsterdam("2026-10-21T16:30");

        Instant deadline = WEEK.deadline(ontvangen, List.of(), ontvangen);

        assertThat(lokaal(deadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-10-28T16:30"));
        assertThat(Duration.between(ontvangen, deadline)).isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @Test
    void five_working_days_skip_the_weekend_and_easter_monday() {
        Instant ontvangenOpDonderdag = amsterdam("2026-04-02T09:15");

        Instant deadline = VIJF_WERKDAGEN.deadline(ontvangenOpDonderdag, List.of(), ontvangenOpDonderdag);

        // vr 3, (za, zo, ma 6 = Tweede Paasdag), di 7, wo 8, do 9, vr 10
        assertThat(lokaal(deadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-04-10T09:15"));
    }

    @Test
    void a_question_sent_in_the_weekend_is_due_after_one_sent_late_on_friday() {
        Instant vrijdagAvond = amsterdam("2026-11-20T23:30");
        Instant zaterdagNacht = amsterdam("2026-11-21T00:30");

        Instant vrijdagDeadline = VIJF_WERKDAGEN.deadline(vrijdagAvond, List.of(), vrijdagAvond);
        Instant zaterdagDeadline = VIJF_WERKDAGEN.deadline(zaterdagNacht, List.of(), zaterdagNacht);

        assertThat(lokaal(vrijdagDeadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-11-27T23:30"));
        assertThat(lokaal(zaterdagDeadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-11-30T00:00"));
    }

    @Test
    void a_pause_waiting_for_the_resident_moves_the_deadline_by_its_length() {
        Instant ontvangen = amsterdam("2026-06-01T12:00");
        Pauze pauze = new Pauze(amsterdam("2026-06-02T12:00"), amsterdam("2026-06-04T18:00"));

        Instant deadline = WEEK.deadline(ontvangen, List.of(pauze), amsterdam("2026-06-05T00:00"));

        assertThat(lokaal(deadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-06-10T18:00"));
    }

    @Test
    void while_a_pause_is_open_the_deadline_keeps_moving_with_the_clock() {
        Instant ontvangen = amsterdam("2026-06-01T12:00");
        Pauze open = new Pauze(amsterdam("2026-06-03T12:00"), null);

        Instant op5 = WEEK.deadline(ontvangen, List.of(open), amsterdam("2026-06-05T12:00"));
        Instant op6 = WEEK.deadline(ontvangen, List.of(open), amsterdam("2026-06-06T12:00"));

        assertThat(Duration.between(op5, op6)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void with_working_days_a_deadline_pushed_into_a_weekend_moves_on_to_monday() {
        Instant ontvangenOpMaandag = amsterdam("2026-11-23T10:00");
        Pauze eenDag = new Pauze(amsterdam("2026-11-24T10:00"), amsterdam("2026-11-25T10:00"));

        Instant deadline = VIJF_WERKDAGEN.deadline(ontvangenOpMaandag, List.of(eenDag), amsterdam("2026-11-26T10:00"));

        // without the pause: ma 30 nov 10:00; one day later is di 1 dec, a working day
        assertThat(lokaal(deadline).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-12-01T10:00"));
        Instant vrijdag = VIJF_WERKDAGEN.deadline(amsterdam("2026-11-20T10:00"),
                List.of(new Pauze(amsterdam("2026-11-23T10:00"), amsterdam("2026-11-24T10:00"))), amsterdam("2026-11-30T00:00"));
        // without the pause: vr 27 nov 10:00; a day later is za 28 → ma 30 nov 10:00
        assertThat(lokaal(vrijdag).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-11-30T10:00"));
    }

    /**
     * Properties over 5,000 moments spread over 2020–2035 (DST-change nights and holidays included);
     * the fixed seed keeps a counterexample reproducible, and each assertion names it.
     */
    static Stream<Instant> willekeurigeMomenten() {
        Random willekeurig = new Random(20261122L);
        long van = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
        long tot = Instant.parse("2035-12-31T00:00:00Z").getEpochSecond();
        return Stream.generate(() -> Instant.ofEpochSecond(van + (long) (willekeurig.nextDouble() * (tot - van)))).limit(5000);
    }

    @Test
    void calendar_days_end_on_the_same_local_date_plus_n_and_within_an_hour_of_n_times_24_hours() {
        willekeurigeMomenten().forEach(ontvangen -> {
            for (int dagen : new int[] {1, 7, 14}) {
                Instant deadline = new Antwoordtermijn(dagen, Termijnsoort.KALENDERDAGEN).deadline(ontvangen, List.of(), ontvangen);

                assertThat(lokaal(deadline).toLocalDate()).as(beschrijf(ontvangen))
                        .isEqualTo(lokaal(ontvangen).toLocalDate().plusDays(dagen));
                assertThat(Duration.between(ontvangen, deadline).toMinutes()).as(beschrijf(ontvangen))
                        .isBetween(dagen * 24L * 60 - 60, dagen * 24L * 60 + 60);
            }
        });
    }

    @Test
    void working_days_end_on_a_working_day_with_exactly_n_working_days_after_the_first_working_day_of_receipt() {
        willekeurigeMomenten().forEach(ontvangen -> {
            Instant deadline = VIJF_WERKDAGEN.deadline(ontvangen, List.of(), ontvangen);

            LocalDate eersteWerkdag = lokaal(ontvangen).toLocalDate();
            while (!Feestdagen.isWerkdag(eersteWerkdag)) {
                eersteWerkdag = eersteWerkdag.plusDays(1);
            }
            LocalDate laatste = lokaal(deadline).toLocalDate();
            assertThat(Feestdagen.isWerkdag(laatste)).as(beschrijf(ontvangen)).isTrue();
            long werkdagen = eersteWerkdag.plusDays(1).datesUntil(laatste.plusDays(1)).filter(Feestdagen::isWerkdag).count();
            assertThat(werkdagen).as(beschrijf(ontvangen)).isEqualTo(5);
        });
    }

    @Test
    void with_calendar_days_a_pause_moves_the_deadline_by_exactly_its_length() {
        willekeurigeMomenten().forEach(ontvangen -> {
            Duration lengte = Duration.ofMinutes(Math.floorMod(ontvangen.getEpochSecond(), 5 * 24 * 60));
            Pauze pauze = new Pauze(ontvangen.plus(Duration.ofHours(3)), ontvangen.plus(Duration.ofHours(3)).plus(lengte));

            Instant zonder = WEEK.deadline(ontvangen, List.of(), ontvangen);
            Instant met = WEEK.deadline(ontvangen, List.of(pauze), ontvangen);

            assertThat(Duration.between(zonder, met)).as(beschrijf(ontvangen)).isEqualTo(lengte);
        });
    }

    @Test
    void a_later_question_never_has_an_earlier_deadline() {
        willekeurigeMomenten().forEach(ontvangen -> {
            Instant eenUurLater = ontvangen.plus(Duration.ofHours(1));
            for (Antwoordtermijn termijn : List.of(WEEK, VIJF_WERKDAGEN)) {
                assertThat(termijn.deadline(eenUurLater, List.of(), eenUurLater)).as(beschrijf(ontvangen))
                        .isAfterOrEqualTo(termijn.deadline(ontvangen, List.of(), ontvangen));
            }
        });
    }

    private static String beschrijf(Instant ontvangen) {
        return "ontvangen op " + lokaal(ontvangen);
    }
}
