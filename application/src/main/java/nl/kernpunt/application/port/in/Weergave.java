package nl.kernpunt.application.port.in;

import java.util.Optional;

/**
 * What a reader may see of an aggregate: always its public part, and the whole only when the
 * reader is staff of the aggregate's own gemeente.
 */
public record Weergave<O, V>(O openbaar, Optional<V> volledig) {

    public static <O, V> Weergave<O, V> volledig(O openbaar, V volledig) {
        return new Weergave<>(openbaar, Optional.of(volledig));
    }

    public static <O, V> Weergave<O, V> alleenOpenbaar(O openbaar) {
        return new Weergave<>(openbaar, Optional.empty());
    }
}
