package nl.kernpunt.application.bedrijfsvoering;

import java.time.Duration;

/**
 * What operations watch per gemeente: the Join outbox, open conflicts, and overdue work. Counts only,
 * nothing about persons.
 *
 * @param oudsteWachtend how long the oldest undelivered outbox row has waited; zero when none
 */
public record Bedrijfscijfers(long outboxWachtend, long outboxOpnieuw, long outboxGeparkeerd, Duration oudsteWachtend,
                              long openConflicten, long verlopenVragen, long verlopenAfspraken) {

    public static final Bedrijfscijfers GEEN = new Bedrijfscijfers(0, 0, 0, Duration.ZERO, 0, 0, 0);
}
