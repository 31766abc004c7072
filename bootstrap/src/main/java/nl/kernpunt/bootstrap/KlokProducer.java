package nl.kernpunt.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one place that decides what time it is; everything else receives this clock. */
public class KlokProducer {

    @Produces
    @Singleton
    Clock klok() {
        return Clock.systemUTC();
    }
}
