package nl.kernpunt.application.initiatief;

import nl.kernpunt.domain.initiatief.OpenbaarInitiatief;

/** The public part of an initiative and its version, read without the rest of the aggregate (docs/adr/0026). */
public record OpenbareWeergave(OpenbaarInitiatief initiatief, long versie) {
}
