package nl.kernpunt.application.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.KernId;

/**
 * Filters of the initiatieven list, always within one gemeente; the other fields may be null.
 * {@code stil} compares the last contact with {@code stilGrens} (now minus the gemeente's threshold),
 * which the service computes, so the repository needs no clock or settings. With
 * {@code gewijzigdSinds} the list is ordered by change moment, for delta sync; otherwise by submission.
 * {@code spam}: only the initiatives staff marked as spam, or (false, the default) only the others.
 */
public record InitiatiefFilter(Gemeentecode gemeente, KernId kern, InitiatiefStatus status, Rol rol, Boolean stil,
                               Instant stilGrens, Instant gewijzigdSinds, boolean spam) {

    public InitiatiefFilter {
        Objects.requireNonNull(gemeente, "gemeente");
        if (stil != null) {
            Objects.requireNonNull(stilGrens, "stilGrens");
        }
    }

    /** The default list: initiatives not marked as spam. */
    public InitiatiefFilter(Gemeentecode gemeente, KernId kern, InitiatiefStatus status, Rol rol, Boolean stil,
                            Instant stilGrens, Instant gewijzigdSinds) {
        this(gemeente, kern, status, rol, stil, stilGrens, gewijzigdSinds, false);
    }

    public boolean voorDeltaSync() {
        return gewijzigdSinds != null;
    }
}
