package nl.kernpunt.application.initiatief;

import nl.kernpunt.domain.initiatief.OpenbaarInitiatief;

/**
 * The public part of an initiative, its kern's name (null should the kern be gone) and its version,
 * read in one statement without the rest of the aggregate (docs/adr/0026, 0031).
 */
public record OpenbareWeergave(OpenbaarInitiatief initiatief, String kernnaam, long versie) {
}
