package nl.kernpunt.application.zaaksysteem;

import java.util.UUID;

/**
 * A claimed outbox row: the opdracht, how often it failed since it was last (re)started, and whether
 * an earlier attempt may have reached the case system unseen: it failed before (also before a person
 * resumed it), or an earlier claim ran out without an outcome (its dispatcher died mid-call).
 */
public record Outboxregel(UUID id, long volgnummer, Zaakopdracht opdracht, int pogingen, boolean eerderGeprobeerd) {
}
