package nl.kernpunt.application.traject;

import java.time.Instant;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Fase;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Stap;

/**
 * Filters of the trajecten list; every field but the gemeente may be null. {@code kern} matches
 * trajecten with that kern in scope, {@code eigenaar} the owner's name (case-insensitive),
 * {@code openStap} trajecten whose step has no recorded outcome. {@code stil} compares the moment
 * since which participants heard nothing with the traject's bound in {@code stilGrenzen} (now minus its
 * kern's own threshold or the gemeente's), which the query service sets whatever the caller gave, so the repository needs no clock or settings. With {@code gewijzigdSinds} the
 * list is ordered by change moment, for delta sync; otherwise by subject.
 */
public record TrajectFilter(Gemeentecode gemeente, KernId kern, Participatieniveau niveau, Fase fase, String eigenaar,
                            Stap openStap, Instant gewijzigdSinds, Boolean stil, Stiltegrenzen stilGrenzen) {

    public boolean voorDeltaSync() {
        return gewijzigdSinds != null;
    }
}
