package nl.kernpunt.application.monitoring.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.monitoring.port.in.Monitoring;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling.Peiling;

/**
 * Computed figures per scope and Dutch day, handed out again only while nothing they were read from
 * changed (the probe's change count is the same) and no open question's deadline passed since
 * (docs/adr/0034). The few most recently used scopes are kept: a large gemeente's answer holds a line
 * per kern.
 */
final class Monitoringgeheugen {

    static final int PLAATSEN = 32;

    private record Sleutel(Monitoringbereik bereik, LocalDate vandaag) {
    }

    private record Bewaard(long wijzigingen, Instant geldigTot, Monitoring cijfers) {

        boolean geldig(Peiling peiling, Instant nu) {
            return peiling.wijzigingen() == wijzigingen && (geldigTot == null || nu.isBefore(geldigTot));
        }
    }

    private final Map<Sleutel, Bewaard> bewaard = new LinkedHashMap<>(PLAATSEN, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sleutel, Bewaard> oudste) {
            return size() > PLAATSEN;
        }
    };

    /**
     * The figures kept for the scope if still valid, else {@code bereken}'s, kept with this probe: the
     * probe was read before them, so a write that lands while they are computed changes the next
     * probe and they are computed again.
     */
    Monitoring geef(Monitoringbereik bereik, LocalDate vandaag, Instant nu, Peiling peiling, Supplier<Monitoring> bereken) {
        Sleutel sleutel = new Sleutel(bereik, vandaag);
        Bewaard eerder;
        synchronized (bewaard) {
            eerder = bewaard.get(sleutel);
        }
        if (eerder != null && eerder.geldig(peiling, nu)) {
            return eerder.cijfers();
        }
        Monitoring cijfers = bereken.get();
        synchronized (bewaard) {
            bewaard.put(sleutel, new Bewaard(peiling.wijzigingen(), peiling.volgendeTermijn().orElse(null), cijfers));
        }
        return cijfers;
    }
}
