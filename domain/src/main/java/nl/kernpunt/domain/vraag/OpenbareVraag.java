package nl.kernpunt.domain.vraag;

import java.time.Instant;
import java.time.LocalDate;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

/**
 * What anyone holding the reference may see of a question: where it stands and by when the
 * gemeente must react, never who asked, who handles it or what was asked.
 *
 * @param termijnGehaald absent while the term runs and has not passed
 * @param procesantwoord the last procesantwoord's words to the resident, if one was given
 */
public record OpenbareVraag(PubliekeReferentie referentie, KernId kern, VraagStatus status, Instant ontvangenOp,
                            Instant deadline, Boolean termijnGehaald, String procesantwoord,
                            LocalDate verwachtAntwoordOp, Instant gewijzigdOp, long versie) {
}
