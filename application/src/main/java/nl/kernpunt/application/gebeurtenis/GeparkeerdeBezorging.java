package nl.kernpunt.application.gebeurtenis;

import java.util.UUID;

/** A delivery set aside after repeated failures, with the last failure (status code or error kind). */
public record GeparkeerdeBezorging(UUID id, UUID abonnement, UUID gebeurtenis, String type, int pogingen,
                                   String laatsteFout) {
}
