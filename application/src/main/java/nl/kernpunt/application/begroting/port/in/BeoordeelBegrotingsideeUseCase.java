package nl.kernpunt.application.begroting.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;

public interface BeoordeelBegrotingsideeUseCase {

    /** Staff's feasibility judgement, once, with reasons the public reads (beheerder, kernambtenaar). */
    Begrotingsidee beoordeel(Command command);

    record Command(Gebruiker gebruiker, BegrotingsrondeId ronde, IdeeId idee, boolean aanvaard, String motivering) {
    }
}
