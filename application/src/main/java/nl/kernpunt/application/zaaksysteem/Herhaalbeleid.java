package nl.kernpunt.application.zaaksysteem;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the dispatcher retries: exponential backoff from {@code basis} up to {@code maximum}, with
 * jitter so that many rows failing together do not return together. A row Join answered but could
 * not serve is parked after {@code maxPogingen} failures; an unreachable Join never parks a row:
 * after {@code drempel} consecutive failures to reach a gemeente's Join it counts as unreachable and
 * only one probe at a time goes there, on the same backoff. {@code tempo} caps the opdrachten per
 * second this instance sends to one gemeente (0: no cap), so a backlog drains at a rate Join can
 * take. A claim lasts {@code claimduur}: a dispatcher that dies mid-call frees its rows when that
 * time has passed.
 */
public record Herhaalbeleid(Duration basis, Duration maximum, int maxPogingen, Duration claimduur, int batch,
                            int drempel, int tempo) {

    public Herhaalbeleid {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(claimduur, "claimduur");
        if (maxPogingen < 1 || batch < 1 || drempel < 1) {
            throw new IllegalArgumentException("maxPogingen, batch en drempel moeten positief zijn");
        }
        if (tempo < 0) {
            throw new IllegalArgumentException("tempo mag niet negatief zijn");
        }
    }

    /**
     * The wait after the {@code pogingen}-th failure: {@code basis · 2^(pogingen-1)}, capped at
     * {@code maximum}, of which a random half is taken off ("equal jitter").
     */
    public Duration wachttijd(int pogingen, RandomGenerator toeval) {
        int macht = Math.min(Math.max(pogingen - 1, 0), 30);
        long millis = Math.min(maximum.toMillis(), basis.toMillis() * (1L << macht));
        long helft = millis / 2;
        return Duration.ofMillis(helft + (helft == 0 ? 0 : toeval.nextLong(helft + 1)));
    }

    /** Whether a row that failed this often parks; never for an unreachable Join. */
    public boolean moetParkeren(ZaaksysteemFout fout, int pogingen) {
        return switch (fout.aard()) {
            case ONBEREIKBAAR -> false;
            case TIJDELIJK -> pogingen >= maxPogingen;
            case BLIJVEND -> true;
        };
    }

    /** The least time between two opdrachten to one gemeente; zero without a cap. */
    public Duration tussenpoos() {
        return tempo == 0 ? Duration.ZERO : Duration.ofNanos(1_000_000_000L / tempo);
    }
}
