package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.domain.initiatief.OpenbaarInitiatief;

/** The public status of an initiative with its kern's name; {@code versie} makes its ETag. */
public record OpenbareStatus(OpenbaarInitiatief initiatief, String kernnaam, long versie) {
}
