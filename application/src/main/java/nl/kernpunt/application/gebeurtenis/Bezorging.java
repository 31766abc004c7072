package nl.kernpunt.application.gebeurtenis;

import java.util.UUID;

/** One claimed delivery: this event to this subscription, after {@code pogingen} failed attempts. */
public record Bezorging(UUID id, Abonnement abonnement, Gebeurtenis gebeurtenis, int pogingen) {
}
