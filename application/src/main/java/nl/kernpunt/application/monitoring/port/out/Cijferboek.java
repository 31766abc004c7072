package nl.kernpunt.application.monitoring.port.out;

/** The store of the monitoring rollup: its deltas are booked by the store itself as rows change. */
public interface Cijferboek {

    /** Moves every committed delta into the rollup exactly once; -1 when another fold holds the turn. */
    long vouw();
}
