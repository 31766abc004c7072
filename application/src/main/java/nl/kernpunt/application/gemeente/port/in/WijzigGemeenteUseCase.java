package nl.kernpunt.application.gemeente.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;

public interface WijzigGemeenteUseCase {

    GelezenGemeente wijzig(Command command);

    record Command(Gebruiker gebruiker, Gemeentecode code, long verwachteVersie,
                   String naam, Rsin rsin, GemeenteInstellingen instellingen) {
    }
}
