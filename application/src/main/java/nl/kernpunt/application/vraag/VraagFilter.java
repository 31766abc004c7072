package nl.kernpunt.application.vraag;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.VraagStatus;

/**
 * Filters of the vragen list, always within one gemeente; the other fields may be null.
 * {@code persoon} is the kernambtenaar's or the behandelaar's name (case-insensitive). Both term
 * filters compare the running deadline with {@code nu}: {@code verlopen} before it (or, false, not),
 * {@code deadlineTot} from {@code nu} up to and including that moment. The service computes the
 * moments, so the repository needs no clock. With {@code verlopen=true} or {@code deadlineTot}
 * only running deadlines qualify, and the list is ordered by deadline; otherwise by receipt. With
 * {@code gewijzigdSinds} (delta sync) only questions changed since then, ordered by change moment.
 * {@code spam}: only the questions staff marked as spam, or (false, the default) only the others.
 */
public record VraagFilter(Gemeentecode gemeente, KernId kern, String persoon, VraagStatus status, Boolean verlopen,
                          Instant deadlineTot, Instant nu, Instant gewijzigdSinds, boolean spam) {

    public VraagFilter {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(nu, "nu");
    }

    /** The default list: without delta sync, questions not marked as spam. */
    public VraagFilter(Gemeentecode gemeente, KernId kern, String persoon, VraagStatus status, Boolean verlopen,
                       Instant deadlineTot, Instant nu) {
        this(gemeente, kern, persoon, status, verlopen, deadlineTot, nu, null, false);
    }

    public boolean opDeadline() {
        return Boolean.TRUE.equals(verlopen) || deadlineTot != null;
    }
}
