package nl.kernpunt.application.vraag.port.in;

import nl.kernpunt.domain.vraag.OpenbareVraag;

/** The public status of a question with its kern's name (the one public field of another aggregate). */
public record OpenbareVraagstatus(OpenbareVraag vraag, String kernnaam) {
}
