package nl.kernpunt.application.begroting.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;

public interface SluitBegrotingsrondeUseCase {

    /**
     * Ends the vote, divides the amount and makes the chosen ideas initiatives with their grants
     * reserved; all or nothing (beheerder, kernambtenaar).
     */
    GelezenRonde sluit(Command command);

    record Command(Gebruiker gebruiker, BegrotingsrondeId ronde) {
    }
}
