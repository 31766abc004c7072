package nl.kernpunt.application.kernagenda.port.in;

import nl.kernpunt.domain.kernagenda.Kernagenda;

/**
 * A kern's agenda and canvas as the staff of the kern's gemeente see them; version 0 while nothing
 * was recorded. Nothing is derived at reading yet: that would be added here (docs/adr/0013).
 */
public record GelezenKernagenda(Kernagenda kernagenda) {
}
