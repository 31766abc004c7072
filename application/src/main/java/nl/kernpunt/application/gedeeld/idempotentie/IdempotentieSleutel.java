package nl.kernpunt.application.gedeeld.idempotentie;

import java.util.Objects;

/**
 * A client's Idempotency-Key within its scope: the same key from another user or for another
 * operation is another key.
 */
public record IdempotentieSleutel(String bereik, String sleutel) {

    public IdempotentieSleutel {
        Objects.requireNonNull(bereik, "bereik");
        Objects.requireNonNull(sleutel, "sleutel");
    }
}
