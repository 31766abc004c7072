package nl.kernpunt.application.initiatief.port.in;

import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.Partij;

public interface MaakAfspraakUseCase {

    GelezenInitiatief maak(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, String wat, Partij door,
                   String verantwoordelijke, LocalDate deadline) {
    }
}
