package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.TrajectGegevens;
import nl.kernpunt.domain.traject.TrajectId;

public interface WijzigParticipatietrajectUseCase {

    GelezenTraject wijzig(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie, TrajectGegevens gegevens) {
    }
}
