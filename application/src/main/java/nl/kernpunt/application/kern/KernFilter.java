package nl.kernpunt.application.kern;

import java.time.Instant;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Filters of the kernen list; every field may be null. With {@code gewijzigdSinds} the list is
 * ordered by change moment and includes archived kernen, for delta sync; otherwise by name.
 */
public record KernFilter(Gemeentecode gemeente, String gebied, String zoek, Boolean gearchiveerd, Instant gewijzigdSinds) {

    public boolean voorDeltaSync() {
        return gewijzigdSinds != null;
    }
}
