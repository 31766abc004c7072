package nl.kernpunt.domain.vraag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag,
 * Tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, Tweede Pinksterdag and both Christmas days.
 * Goede Vrijdag is not among them.
 */
public final class Feestdagen {

    private Feestdagen() {
    }

    public static boolean isFeestdag(LocalDate dag) {
        int jaar = dag.getYear();
        LocalDate pasen = paaszondag(jaar);
        return dag.equals(LocalDate.of(jaar, Month.JANUARY, 1))
                || dag.equals(pasen.plusDays(1))
                || dag.equals(koningsdag(jaar))
                || dag.equals(LocalDate.of(jaar, Month.MAY, 5))
                || dag.equals(pasen.plusDays(39))
                || dag.equals(pasen.plusDays(50))
                || dag.equals(LocalDate.of(jaar, Month.DECEMBER, 25))
                || dag.equals(LocalDate.of(jaar, Month.DECEMBER, 26));
    }

    /** A working day: not a Saturday, Sunday or public holiday. */
    public static boolean isWerkdag(LocalDate dag) {
        DayOfWeek weekdag = dag.getDayOfWeek();
        return weekdag != DayOfWeek.SATURDAY && weekdag != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /** The king's birthday, 27 April since 2014 (the queen's, 30 April, before); a day earlier on a Sunday. */
    static LocalDate koningsdag(int jaar) {
        LocalDate dag = jaar >= 2014 ? LocalDate.of(jaar, Month.APRIL, 27) : LocalDate.of(jaar, Month.APRIL, 30);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
    static LocalDate paaszondag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
