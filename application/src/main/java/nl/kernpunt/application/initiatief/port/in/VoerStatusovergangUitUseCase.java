package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;

public interface VoerStatusovergangUitUseCase {

    GelezenInitiatief voerUit(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, InitiatiefStatus naar,
                   String reden) {
    }
}
