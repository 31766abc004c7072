package nl.kernpunt.application.port.in;

import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;

public interface VoerStatusovergangUitUseCase {

    GelezenInitiatief voerUit(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, InitiatiefStatus naar,
                   String reden) {
    }
}
