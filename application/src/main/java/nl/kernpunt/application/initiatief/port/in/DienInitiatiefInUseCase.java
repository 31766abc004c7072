package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.kern.KernId;

public interface DienInitiatiefInUseCase {

    /** Registers an initiative in a kern of the user's own gemeente. */
    GelezenInitiatief dienIn(Command command);

    record Command(Gebruiker gebruiker, KernId kern, InitiatiefGegevens gegevens) {
    }
}
