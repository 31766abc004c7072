package nl.kernpunt.application.gedeeld.verwerking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One entry of the processing log: who did what with whose personal data, when, why, and in which
 * request (trace id, may be null). The data subjects are pseudonyms, the records ids: the entry
 * never holds the personal data itself.
 */
public record Verwerking(UUID id, Gemeentecode gemeente, Instant op, Verwerkingsactiviteit activiteit,
                         Handeling handeling, String gebruiker, List<String> rollen, String objectsoort,
                         List<UUID> objecten, List<String> betrokkenen, String traceId) {

    public Verwerking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(activiteit, "activiteit");
        Objects.requireNonNull(handeling, "handeling");
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(objectsoort, "objectsoort");
        rollen = List.copyOf(rollen);
        objecten = List.copyOf(objecten);
        betrokkenen = List.copyOf(betrokkenen);
    }
}
