package nl.kernpunt.application.monitoring.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.monitoring.port.in.Monitoring;

/**
 * Computed figures per scope and Dutch day, handed out again only while nothing they were read from
 * changed (the probe's change count is the same, docs/adr/0034). They hold nothing that moves with the
 * clock within the day: today's passed deadlines are added at each read. The few most recently used
 * scopes are kept: a large gemeente's answer holds a line per kern.
 */
final class Monitoringgeheugen {

    static final int PLAATSEN = 32;

    private record Sleutel(Monitoringbereik bereik, LocalDate vandaag) {
    }

    private record Bewaard(long wijzigingen, Monitoring cijfers) {
    }

    private final Map<Sleutel, Bewaard> bewaard = new LinkedHashMap<>(PLAATSEN, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sleutel, Bewaard> oudste) {
            return size() > PLAATSEN;
        }
    };
    private final AtomicLong berekend = new AtomicLong();

    /**
     * The figures kept for the scope if computed after a probe with this change count, else
     * {@code bereken}'s, kept with it: the probe was read before them, so a write that lands while they
     * are computed changes the next probe and they are computed again.
     */
    Monitoring geef(Monitoringbereik bereik, LocalDate vandaag, long wijzigingen, Supplier<Monitoring> bereken) {
        Sleutel sleutel = new Sleutel(bereik, vandaag);
        Bewaard eerder;
        synchronized (bewaard) {
            eerder = bewaard.get(sleutel);
        }
        if (eerder != null && eerder.wijzigingen() == wijzigingen) {
            return eerder.cijfers();
        }
        Monitoring cijfers = bereken.get();
        berekend.incrementAndGet();
        synchronized (bewaard) {
            bewaard.put(sleutel, new Bewaard(wijzigingen, cijfers));
        }
        return cijfers;
    }

    /** How often figures were computed rather than handed out kept. */
    long berekend() {
        return berekend.get();
    }
}
