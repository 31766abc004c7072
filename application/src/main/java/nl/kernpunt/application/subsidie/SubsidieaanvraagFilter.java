package nl.kernpunt.application.subsidie;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;

/**
 * Filters of the applications list, always within one gemeente: one initiative's (oldest first),
 * or with {@code gewijzigdSinds} (delta sync) those changed at or after that moment, ordered by
 * change moment; both may be given.
 */
public record SubsidieaanvraagFilter(Gemeentecode gemeente, InitiatiefId initiatief, Instant gewijzigdSinds) {

    public SubsidieaanvraagFilter {
        Objects.requireNonNull(gemeente, "gemeente");
    }
}
