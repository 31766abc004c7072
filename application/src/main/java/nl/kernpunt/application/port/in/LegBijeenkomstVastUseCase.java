package nl.kernpunt.application.port.in;

import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;

public interface LegBijeenkomstVastUseCase {

    /** Records the meeting in the user's own gemeente; its kernen, initiatives and trajecten must be that gemeente's. */
    Bijeenkomst legVast(Command command);

    record Command(Gebruiker gebruiker, BijeenkomstGegevens gegevens) {
    }
}
