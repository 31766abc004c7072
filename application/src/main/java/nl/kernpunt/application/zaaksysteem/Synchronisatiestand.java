package nl.kernpunt.application.zaaksysteem;

/** What a beheerder sees of the sync: whether it is configured, the outbox, and the open conflicts. */
public record Synchronisatiestand(boolean ingesteld, Outboxstand outbox, long openConflicten) {
}
