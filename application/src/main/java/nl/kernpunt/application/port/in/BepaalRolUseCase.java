package nl.kernpunt.application.port.in;

import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.Rol;

public interface BepaalRolUseCase {

    GelezenInitiatief bepaal(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, Rol rol, String reden) {
    }
}
