package nl.kernpunt.application.initiatief;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.KernId;

/**
 * Filters of the initiatieven list, always within one gemeente; the other fields may be null.
 * {@code stil} compares the last contact with the bound of the initiative's kern in {@code stilGrenzen}
 * (now minus the kern's own threshold or the gemeente's), which the service computes, so the repository
 * needs no clock or settings. With
 * {@code gewijzigdSinds} the list is ordered by change moment, for delta sync; otherwise by submission.
 * {@code spam}: only the initiatives staff marked as spam, or (false, the default) only the others.
 */
public record InitiatiefFilter(Gemeentecode gemeente, KernId kern, InitiatiefStatus status, Rol rol, Boolean stil,
                               Stiltegrenzen stilGrenzen, Instant gewijzigdSinds, boolean spam) {

    public InitiatiefFilter {
        Objects.requireNonNull(gemeente, "gemeente");
        if (stil != null) {
            Objects.requireNonNull(stilGrenzen, "stilGrenzen");
        }
    }

    /** The default list: initiatives not marked as spam. */
    public InitiatiefFilter(Gemeentecode gemeente, KernId kern, InitiatiefStatus status, Rol rol, Boolean stil,
                            Stiltegrenzen stilGrenzen, Instant gewijzigdSinds) {
        this(gemeente, kern, status, rol, stil, stilGrenzen, gewijzigdSinds, false);
    }

    public boolean voorDeltaSync() {
        return gewijzigdSinds != null;
    }
}
