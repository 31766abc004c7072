package nl.kernpunt.application.monitoring.port.out;

import java.time.Instant;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Tells cheaply whether a gemeente's monitoring figures may have changed (docs/adr/0034): read from
 * the database on every request, so every instance sees every other instance's writes.
 */
@FunctionalInterface
public interface Wijzigingspeiling {

    Peiling peil(Gemeentecode gemeente, Instant nu);

    /**
     * {@code wijzigingen}: how many committed statements ever changed something the gemeente's figures
     * are read from; it only grows. {@code volgendeTermijn}: the earliest running deadline of an open
     * question at or after {@code nu} and before the end of the Dutch day, when the overdue count
     * changes without a write.
     */
    record Peiling(long wijzigingen, Optional<Instant> volgendeTermijn) {
    }
}
