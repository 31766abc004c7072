package nl.kernpunt.application.bijeenkomst;

import java.time.Instant;
import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * Filters of the meetings list, ordered by day; every field but the gemeente may be null.
 * {@code kern} matches meetings with that kern among theirs; {@code van} (inclusive) and {@code tot}
 * (exclusive) bound the day; {@code verlopenOp} keeps meetings without feedback whose due date lies
 * before that day; {@code gewijzigdSinds} (delta sync) keeps meetings changed at or after that moment,
 * ordered by change moment.
 */
public record BijeenkomstFilter(Gemeentecode gemeente, KernId kern, LocalDate van, LocalDate tot, LocalDate verlopenOp,
                                Instant gewijzigdSinds) {

    public BijeenkomstFilter {
        if (van != null && tot != null && !tot.isAfter(van)) {
            throw new OngeldigeWaarde("tot", "voor-begin", "moet na van liggen");
        }
    }

    /** Without delta sync. */
    public BijeenkomstFilter(Gemeentecode gemeente, KernId kern, LocalDate van, LocalDate tot, LocalDate verlopenOp) {
        this(gemeente, kern, van, tot, verlopenOp, null);
    }
}
