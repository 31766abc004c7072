package nl.kernpunt.application.gebeurtenis;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A webhook a beheerder registered: the events of these types (all when empty), optionally only those
 * touching one kern, are posted to {@code url}, signed with {@code geheim} (Standard Webhooks).
 */
public record Abonnement(UUID id, Gemeentecode gemeente, URI url, Set<String> typen, Optional<UUID> kern,
                         Webhookgeheim geheim, Instant aangemaaktOp) {

    public Abonnement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kern, "kern");
        Objects.requireNonNull(geheim, "geheim");
        Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        typen = Set.copyOf(typen);
    }
}
