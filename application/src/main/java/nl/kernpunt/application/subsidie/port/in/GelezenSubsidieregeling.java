package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * A grant scheme as its own gemeente's staff see it. Nothing is derived at reading yet; a fact that
 * comes to be is added here, not in the adapter (docs/adr/0013).
 */
public record GelezenSubsidieregeling(Subsidieregeling regeling) {
}
