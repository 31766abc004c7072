package nl.kernpunt.application.zaaksysteem;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How the dispatcher retries: exponential backoff from {@code basis} up to {@code maximum}, with
 * jitter so that many rows failing together do not return together; parked after
 * {@code maxPogingen} failures. A claim lasts {@code claimduur}: a dispatcher that dies mid-call
 * frees its rows when that time has passed.
 */
public record Herhaalbeleid(Duration basis, Duration maximum, int maxPogingen, Duration claimduur, int batch) {

    public Herhaalbeleid {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(claimduur, "claimduur");
        if (maxPogingen < 1 || batch < 1) {
            throw new IllegalArgumentException("maxPogingen en batch moeten positief zijn");
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

    public boolean moetParkeren(int pogingen) {
        return pogingen >= maxPogingen;
    }
}
