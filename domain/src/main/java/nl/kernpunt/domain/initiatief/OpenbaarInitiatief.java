package nl.kernpunt.domain.initiatief;

import java.time.Instant;
import nl.kernpunt.domain.kern.KernId;

/**
 * What anyone holding the reference may see: never names or contact details.
 *
 * @param volgendeStap what comes next for the initiative, null once it is closed
 */
public record OpenbaarInitiatief(PubliekeReferentie referentie, String titel, KernId kern, InitiatiefStatus status,
                                 Rol rol, Instant gewijzigdOp, int openAfspraken,
                                 String volgendeStap) {
}
