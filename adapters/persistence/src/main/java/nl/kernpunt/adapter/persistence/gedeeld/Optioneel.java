package nl.kernpunt.adapter.persistence.gedeeld;

import java.util.Optional;

/** For the entity mappers: an aggregate's optional value is a nullable column (MapStruct 1.6 cannot unwrap it). */
public final class Optioneel {

    private Optioneel() {
    }

    public static <T> T ofNull(Optional<T> waarde) {
        return waarde.orElse(null);
    }
}
