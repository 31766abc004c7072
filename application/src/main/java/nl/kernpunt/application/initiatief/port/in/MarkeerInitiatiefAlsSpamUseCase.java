package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;

/** The kernambtenaar or beheerder judges an initiative spam; marking it again changes nothing. */
public interface MarkeerInitiatiefAlsSpamUseCase {

    GelezenInitiatief markeerAlsSpam(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief) {
    }
}
