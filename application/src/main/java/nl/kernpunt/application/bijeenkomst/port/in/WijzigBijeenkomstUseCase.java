package nl.kernpunt.application.bijeenkomst.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;

public interface WijzigBijeenkomstUseCase {

    GelezenBijeenkomst wijzig(Command command);

    record Command(Gebruiker gebruiker, BijeenkomstId bijeenkomst, long verwachteVersie, BijeenkomstGegevens gegevens) {
    }
}
