package nl.kernpunt.domain.vraag;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** A period in which the term stood still because the resident had to react; open while {@code tot} is null. */
public record Pauze(Instant van, Instant tot) {

    public Pauze {
        Objects.requireNonNull(van, "van");
        if (tot != null && tot.isBefore(van)) {
            throw new OngeldigeWaarde("tot", "voor-begin", "een pauze kan niet eindigen voor hij begon");
        }
    }

    /** How long it lasted; an open pause lasts until {@code nu}. */
    Duration duur(Instant nu) {
        Instant einde = tot != null ? tot : nu;
        return einde.isAfter(van) ? Duration.between(van, einde) : Duration.ZERO;
    }
}
