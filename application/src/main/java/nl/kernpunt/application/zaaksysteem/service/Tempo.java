package nl.kernpunt.application.zaaksysteem.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Spaces this instance's calls to one gemeente's case system at least {@code tussenpoos} apart, so a
 * backlog drains at a rate Join can take. Real time on purpose: it paces the network, not the model.
 */
final class Tempo {

    private final long tussenpoosNanos;
    private final Map<Gemeentecode, Long> vrijOp = new HashMap<>();

    Tempo(Duration tussenpoos) {
        this.tussenpoosNanos = tussenpoos.toNanos();
    }

    synchronized void wacht(Gemeentecode gemeente) {
        if (tussenpoosNanos == 0) {
            return;
        }
        long nu = System.nanoTime();
        long vrij = vrijOp.getOrDefault(gemeente, nu);
        if (vrij > nu) {
            slaap(vrij - nu);
        }
        vrijOp.put(gemeente, Math.max(vrij, nu) + tussenpoosNanos);
    }

    private static void slaap(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
