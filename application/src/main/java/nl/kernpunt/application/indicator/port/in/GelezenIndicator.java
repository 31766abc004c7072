package nl.kernpunt.application.indicator.port.in;

import nl.kernpunt.domain.indicator.Indicator;

/**
 * A monitored figure as its own gemeente's staff see it. Nothing is derived at reading yet; a fact
 * that comes to be (a trend, whether the target is met) is added here, not in the adapter (docs/adr/0013).
 */
public record GelezenIndicator(Indicator indicator) {
}
