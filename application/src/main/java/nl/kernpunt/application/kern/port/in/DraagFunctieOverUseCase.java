package nl.kernpunt.application.kern.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.KernId;

public interface DraagFunctieOverUseCase {

    /** Hands the kernambtenaar or kernwethouder function over to a successor, keeping the history. */
    GelezenKern draagOver(Command command);

    record Command(Gebruiker gebruiker, KernId kern, long verwachteVersie, Functie functie,
                   Contactpersoon opvolger, String notitie) {
    }
}
