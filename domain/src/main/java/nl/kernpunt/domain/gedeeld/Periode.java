package nl.kernpunt.domain.gedeeld;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A span of calendar days, {@code van} inclusive and {@code tot} exclusive, read on the Dutch wall
 * clock. Monitoring reports per half year, so that is the default span.
 */
public record Periode(LocalDate van, LocalDate tot) {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public Periode {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        if (!tot.isAfter(van)) {
            throw new OngeldigeWaarde("tot", "voor-begin", "moet na het begin van de periode liggen");
        }
    }

    /** Today's date on the Dutch wall clock. */
    public static LocalDate vandaag(Clock klok) {
        return LocalDate.ofInstant(klok.instant(), NEDERLAND);
    }

    /** The half year (January–June or July–December) that holds {@code dag}. */
    public static Periode halfjaarVan(LocalDate dag) {
        LocalDate begin = LocalDate.of(dag.getYear(), dag.getMonthValue() <= 6 ? 1 : 7, 1);
        return new Periode(begin, begin.plusMonths(6));
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(van) && dag.isBefore(tot);
    }

    /** The first instant of the period in the Netherlands. */
    public Instant begin() {
        return van.atStartOfDay(NEDERLAND).toInstant();
    }

    /** The first instant after the period in the Netherlands. */
    public Instant einde() {
        return tot.atStartOfDay(NEDERLAND).toInstant();
    }
}
