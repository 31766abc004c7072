package nl.kernpunt.application.indicator;

import java.time.Instant;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * Filters of the indicatoren list; {@code kern} and {@code bron} (case-insensitive) may be null, as
 * may {@code gewijzigdSinds} (delta sync: changed at or after that moment, ordered by change moment).
 */
public record IndicatorFilter(Gemeentecode gemeente, KernId kern, String bron, Instant gewijzigdSinds) {

    /** Without delta sync. */
    public IndicatorFilter(Gemeentecode gemeente, KernId kern, String bron) {
        this(gemeente, kern, bron, null);
    }
}
