package nl.kernpunt.adapter.rest.gedeeld;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Every moment leaves the API in UTC. A plain class rather than a mapper method, so the
 * hand-written parts of the API mappers share it without MapStruct seeing a second candidate.
 */
public final class Tijdstip {

    private Tijdstip() {
    }

    public static OffsetDateTime utc(Instant moment) {
        return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
    }
}
