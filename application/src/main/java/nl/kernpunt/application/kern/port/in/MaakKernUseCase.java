package nl.kernpunt.application.kern.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.KernProfiel;

public interface MaakKernUseCase {

    /** Creates the kern in the user's own gemeente. */
    GelezenKern maak(Command command);

    record Command(Gebruiker gebruiker, KernProfiel profiel, Contactpersoon kernambtenaar, Contactpersoon kernwethouder) {
    }
}
