package nl.kernpunt.application.voordeur.port.out;

import java.time.Instant;

/**
 * Counts requests per client per fixed window, shared by every instance of the service. The
 * client is already a hash; windows that began before {@code vergeetVoor} may be forgotten.
 */
public interface Verzoekteller {

    /** Adds this request to the client's window and answers the count including it. */
    int tel(String client, Instant venster, Instant vergeetVoor);
}
