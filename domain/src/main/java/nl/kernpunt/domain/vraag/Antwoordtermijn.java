package nl.kernpunt.domain.vraag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;

/**
 * The term within which a resident's question gets an answer (or at least a procesantwoord).
 * Counted on the Dutch wall clock (Europe/Amsterdam), so "a week" ends at the same clock time
 * seven days later whether or not summer time began in between.
 * <ul>
 * <li>Calendar days: the deadline is the moment of receipt plus {@code dagen} days.</li>
 * <li>Working days: the deadline is the same clock time on the {@code dagen}-th working day after
 * the day of receipt (weekends and public holidays do not count). A question received outside a
 * working day counts as received at the start of the next one; otherwise a question sent on
 * Saturday just after midnight would be due before one sent on Friday just before it.</li>
 * <li>Pauses (waiting for the resident) stop the clock: the deadline moves by the time paused; with
 * working days a deadline that then falls outside a working day moves on to the next one.</li>
 * </ul>
 */
public record Antwoordtermijn(int dagen, Termijnsoort soort) {

    /** The Dutch wall clock every term is read on. */
    public static final ZoneId TIJDZONE = Periode.NEDERLAND;
    public static final Antwoordtermijn EEN_WEEK = new Antwoordtermijn(7, Termijnsoort.KALENDERDAGEN);

    public Antwoordtermijn {
        Objects.requireNonNull(soort, "soort");
        if (dagen < 1 || dagen > 60) {
            throw new OngeldigeWaarde("antwoordtermijnDagen", "buiten-bereik", "moet tussen 1 en 60 dagen liggen");
        }
    }

    /**
     * @param ontvangen when the question came in
     * @param pauzes    the periods the clock stood still; an open one counts until {@code nu}
     */
    public Instant deadline(Instant ontvangen, List<Pauze> pauzes, Instant nu) {
        ZonedDateTime start = ontvangen.atZone(TIJDZONE);
        ZonedDateTime zonderPauze = soort == Termijnsoort.KALENDERDAGEN ? start.plusDays(dagen) : naWerkdagen(start);
        Duration gepauzeerd = pauzes.stream()
                .map(p -> p.duur(nu))
                .reduce(Duration.ZERO, Duration::plus);
        ZonedDateTime verschoven = zonderPauze.plus(gepauzeerd);
        if (soort == Termijnsoort.WERKDAGEN) {
            while (!Feestdagen.isWerkdag(verschoven.toLocalDate())) {
                verschoven = verschoven.plusDays(1);
            }
        }
        return verschoven.toInstant();
    }

    private ZonedDateTime naWerkdagen(ZonedDateTime ontvangen) {
        ZonedDateTime start = ontvangen;
        while (!Feestdagen.isWerkdag(start.toLocalDate())) {
            start = start.toLocalDate().plusDays(1).atStartOfDay(TIJDZONE);
        }
        LocalDate dag = start.toLocalDate();
        int geteld = 0;
        while (geteld < dagen) {
            dag = dag.plusDays(1);
            if (Feestdagen.isWerkdag(dag)) {
                geteld++;
            }
        }
        return start.with(dag);
    }
}
