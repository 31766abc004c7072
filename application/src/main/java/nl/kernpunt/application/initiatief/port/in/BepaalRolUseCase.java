package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.Rol;

public interface BepaalRolUseCase {

    GelezenInitiatief bepaal(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, Rol rol, String reden) {
    }
}
