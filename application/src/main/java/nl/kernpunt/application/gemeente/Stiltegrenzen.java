package nl.kernpunt.application.gemeente;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.kernpunt.domain.kern.KernId;

/**
 * For a list filter on silence: the moment before which the last contact makes a thing silent, the
 * gemeente's ({@code standaard}) and that of each kern with its own threshold ({@code eigen}). Made by
 * {@link Instellingen#stiltegrenzen}, so the repositories need no clock or settings.
 */
public record Stiltegrenzen(Instant standaard, Map<KernId, Instant> eigen) {

    public Stiltegrenzen {
        Objects.requireNonNull(standaard, "standaard");
        eigen = Map.copyOf(eigen);
    }

    public Instant voor(KernId kern) {
        return eigen.getOrDefault(kern, standaard);
    }

    /** A traject about one kern follows that kern's; a gemeente-wide one or one about several kernen the gemeente's. */
    public Instant voor(List<KernId> kernen) {
        return kernen.size() == 1 ? voor(kernen.get(0)) : standaard;
    }
}
