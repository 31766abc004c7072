package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;

public interface BeslisOverUitdagingUseCase {

    /** The kernambtenaar or beheerder accepts or refuses the initiative's Right to Challenge, with reasons. */
    GelezenInitiatief beslis(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, long verwachteVersie, boolean aanvaard, String reden) {
    }
}
