package nl.kernpunt.application.port.in;

import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.InitiatiefId;

public interface WijzigInitiatiefUseCase {

    GelezenInitiatief wijzig(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, InitiatiefGegevens gegevens) {
    }
}
