package nl.kernpunt.application.bijeenkomst.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;

public interface LegBijeenkomstVastUseCase {

    /** Records the meeting in the user's own gemeente; its kernen, initiatives and trajecten must be that gemeente's. */
    GelezenBijeenkomst legVast(Command command);

    record Command(Gebruiker gebruiker, BijeenkomstGegevens gegevens) {
    }
}
