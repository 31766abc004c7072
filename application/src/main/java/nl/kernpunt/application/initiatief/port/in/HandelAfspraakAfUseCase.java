package nl.kernpunt.application.initiatief.port.in;

import java.util.UUID;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.InitiatiefId;

public interface HandelAfspraakAfUseCase {

    GelezenInitiatief handelAf(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, UUID afspraak,
                   AfspraakStatus status, String reden) {
    }
}
