package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectId;

public interface WijzigNiveauUseCase {

    Participatietraject wijzigNiveau(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie, Participatieniveau naar, String reden) {
    }
}
