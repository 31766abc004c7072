package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.domain.traject.Participatietraject;

/**
 * A participatietraject as its own gemeente's staff see it. Nothing is derived at reading yet; a
 * fact that comes to be is added here, not in the adapter (docs/adr/0013).
 */
public record GelezenTraject(Participatietraject traject) {
}
