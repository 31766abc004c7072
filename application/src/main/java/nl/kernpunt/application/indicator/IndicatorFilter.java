package nl.kernpunt.application.indicator;

import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/** Filters of the indicatoren list; {@code kern} and {@code bron} (case-insensitive) may be null. */
public record IndicatorFilter(Gemeentecode gemeente, KernId kern, String bron) {
}
