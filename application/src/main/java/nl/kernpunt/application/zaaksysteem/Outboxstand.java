package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;

/**
 * How a gemeente's outbox stands. {@code wachtend}: never tried; {@code opnieuw}: failed before and
 * waiting for its next attempt; {@code geparkeerd}: set aside for a person.
 *
 * @param oudsteWachtendSinds when the oldest undelivered (waiting or retrying) row was written; null when none
 * @param laatstGelukt        the last delivery; null when none yet
 * @param onbereikbaarSinds   since when the case system counts as unreachable; null while it is reached
 */
public record Outboxstand(long wachtend, long opnieuw, long geparkeerd, Instant oudsteWachtendSinds,
                          Instant laatstGelukt, Instant onbereikbaarSinds) {
}
