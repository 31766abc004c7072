package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.TrajectId;

public interface SluitParticipatietrajectUseCase {

    GelezenTraject sluit(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie) {
    }
}
