package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectId;

public interface StartParticipatieUseCase {

    Participatietraject start(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie) {
    }
}
