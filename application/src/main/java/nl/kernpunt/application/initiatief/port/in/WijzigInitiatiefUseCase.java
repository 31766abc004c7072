package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.InitiatiefId;

public interface WijzigInitiatiefUseCase {

    GelezenInitiatief wijzig(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, InitiatiefGegevens gegevens) {
    }
}
