package nl.kernpunt.application.monitoring.port.in;

import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/** Monitoring figures for the reader's own gemeente's staff (any staff role); aggregates only, no personal data. */
public interface MonitoringQuery {

    Monitoring lees(Vraag vraag, Gebruiker lezer);

    /** How often this instance computed the figures rather than handing out kept ones (docs/adr/0034). */
    long berekeningen();

    /**
     * Every field may be null: the gemeente defaults to the reader's, the period to the current half
     * year; {@code van} and {@code tot} (exclusive) come together.
     */
    record Vraag(Gemeentecode gemeente, KernId kern, LocalDate van, LocalDate tot) {
    }
}
