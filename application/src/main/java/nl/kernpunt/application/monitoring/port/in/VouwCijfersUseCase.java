package nl.kernpunt.application.monitoring.port.in;

/**
 * Folds the monitoring figures' deltas into their rollup (docs/adr/0030); driven by a schedule. The
 * figures read the same before and after, so a fold that does not run only makes the reads longer.
 */
public interface VouwCijfersUseCase {

    /** @return the rollup rows this fold touched, or -1 when another instance was folding */
    long vouw();
}
