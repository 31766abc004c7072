package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.TrajectId;

public interface WijzigNiveauUseCase {

    GelezenTraject wijzigNiveau(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie, Participatieniveau naar, String reden) {
    }
}
