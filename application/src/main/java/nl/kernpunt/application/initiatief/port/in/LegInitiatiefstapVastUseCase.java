package nl.kernpunt.application.initiatief.port.in;

import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.Stap;

public interface LegInitiatiefstapVastUseCase {

    GelezenInitiatief legVast(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, Stap stap, String uitkomst,
                   LocalDate datum) {
    }
}
