package nl.kernpunt.application.zaaksysteem;

import java.util.UUID;

/**
 * A claimed outbox row: the opdracht, how often it failed before, and whether an earlier claim ran
 * out without an outcome (its dispatcher died, possibly after the case system received the call).
 */
public record Outboxregel(UUID id, long volgnummer, Zaakopdracht opdracht, int pogingen, boolean eerderGeclaimd) {

    /** Whether an earlier attempt may have reached the case system unseen. */
    public boolean eerderGeprobeerd() {
        return pogingen > 0 || eerderGeclaimd;
    }
}
