package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.TrajectId;

public interface StartParticipatieUseCase {

    GelezenTraject start(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie) {
    }
}
