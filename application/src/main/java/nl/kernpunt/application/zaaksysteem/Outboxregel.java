package nl.kernpunt.application.zaaksysteem;

import java.util.UUID;

/** A claimed outbox row: the opdracht and how often it failed before. */
public record Outboxregel(UUID id, long volgnummer, Zaakopdracht opdracht, int pogingen) {
}
