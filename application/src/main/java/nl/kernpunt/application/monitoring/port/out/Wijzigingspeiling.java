package nl.kernpunt.application.monitoring.port.out;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;

/**
 * Tells cheaply whether a gemeente's monitoring figures may have changed, and counts the one figure
 * that changes without a write (docs/adr/0034): read from the database on every request, so every
 * instance sees every other instance's writes.
 */
@FunctionalInterface
public interface Wijzigingspeiling {

    Peiling peil(Monitoringbereik bereik, Instant nu);

    /**
     * {@code wijzigingen}: how many committed statements ever changed something the gemeente's figures
     * are read from; it only grows. {@code vandaagVerlopen}: the questions of the scope (not spam,
     * received in its period, in its kern if it has one) whose running deadline fell today before
     * {@code nu}: open and overdue at this moment, on top of those whose deadline day was earlier.
     */
    record Peiling(long wijzigingen, long vandaagVerlopen) {
    }
}
