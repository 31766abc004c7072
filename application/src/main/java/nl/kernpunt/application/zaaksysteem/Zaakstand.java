package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;

/**
 * A zaak's status as the case system has it, translated back to our terms.
 *
 * @param status      our status for the case system's statustype; null when the mapping has none
 * @param statustype  the case system's statustype URL, kept for the conflict's reason
 * @param toelichting the status's statustoelichting; may be null
 * @param gezetOp     when the status was set; null for a zaak without status
 */
public record Zaakstand(Zaakidentificatie zaak, String zaakUrl, String status, String statustype,
                        String toelichting, Instant gezetOp) {
}
