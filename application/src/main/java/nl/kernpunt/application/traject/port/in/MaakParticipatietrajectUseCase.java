package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.TrajectGegevens;

public interface MaakParticipatietrajectUseCase {

    /** Creates the traject in the user's own gemeente; its kernen must be kernen of that gemeente. */
    GelezenTraject maak(Command command);

    record Command(Gebruiker gebruiker, TrajectGegevens gegevens) {
    }
}
