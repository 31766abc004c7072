package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.domain.traject.Participatietraject;

/**
 * A participatietraject as its own gemeente's staff see it, with what is derived at reading:
 * whether participation runs without contact beyond the gemeente's threshold (docs/adr/0013, 0023).
 */
public record GelezenTraject(Participatietraject traject, boolean stil) {
}
