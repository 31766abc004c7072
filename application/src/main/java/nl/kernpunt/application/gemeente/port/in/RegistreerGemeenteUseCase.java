package nl.kernpunt.application.gemeente.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;

public interface RegistreerGemeenteUseCase {

    /** A beheerder registers their own gemeente: the code must be the token's gemeente. */
    GelezenGemeente registreer(Command command);

    record Command(Gebruiker gebruiker, Gemeentecode code, String naam, Rsin rsin, GemeenteInstellingen instellingen) {
    }
}
