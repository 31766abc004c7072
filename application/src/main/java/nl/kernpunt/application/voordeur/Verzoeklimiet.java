package nl.kernpunt.application.voordeur;

import java.time.Duration;
import java.util.Objects;

/**
 * How many public submissions one client may make per window: per address, or per app key, which
 * all residents of a municipal app share and so gets a larger allowance (docs/adr/0021).
 */
public record Verzoeklimiet(int perAdres, int perAppSleutel, Duration venster) {

    public Verzoeklimiet {
        Objects.requireNonNull(venster, "venster");
        if (perAdres < 1 || perAppSleutel < 1 || venster.toSeconds() < 1) {
            throw new IllegalArgumentException("een verzoeklimiet is ten minste 1 verzoek per seconde of langer");
        }
    }
}
