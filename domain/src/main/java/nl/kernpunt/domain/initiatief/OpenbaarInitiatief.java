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

    /**
     * The public status from the few facts it needs, so a reader of the public status alone need not
     * load the whole initiative (docs/adr/0026); the next step follows from the status.
     */
    public static OpenbaarInitiatief van(PubliekeReferentie referentie, String titel, KernId kern,
                                         InitiatiefStatus status, Rol rol, Instant gewijzigdOp, int openAfspraken) {
        return new OpenbaarInitiatief(referentie, titel, kern, status, rol, gewijzigdOp, openAfspraken,
                volgendeStap(status));
    }

    /** In words for residents: what the initiative waits for. */
    private static String volgendeStap(InitiatiefStatus status) {
        return switch (status) {
            case INGEDIEND -> "De gemeente neemt het initiatief in behandeling.";
            case IN_BEHANDELING -> "De gemeente bepaalt haar rol bij het initiatief.";
            case ROL_BEPAALD -> "De gemeente en de initiatiefnemers maken afspraken en starten de uitvoering.";
            case IN_UITVOERING -> "Het initiatief wordt uitgevoerd en daarna samen geëvalueerd.";
            case AFGEROND, AFGEWEZEN, INGETROKKEN -> null;
        };
    }
}
