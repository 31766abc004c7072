package nl.kernpunt.application.gedeeld;

import java.util.Optional;

/**
 * What a reader may see of an aggregate: always its public part, and the whole only when the
 * reader is staff of the aggregate's own gemeente. {@code versie} is the aggregate's version, so
 * every reader gets an ETag.
 */
public record Weergave<O, V>(O openbaar, Optional<V> volledig, long versie) {

    public static <O, V> Weergave<O, V> volledig(O openbaar, V volledig, long versie) {
        return new Weergave<>(openbaar, Optional.of(volledig), versie);
    }

    public static <O, V> Weergave<O, V> alleenOpenbaar(O openbaar, long versie) {
        return new Weergave<>(openbaar, Optional.empty(), versie);
    }
}
