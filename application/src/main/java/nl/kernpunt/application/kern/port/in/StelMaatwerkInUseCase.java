package nl.kernpunt.application.kern.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.Maatwerk;

public interface StelMaatwerkInUseCase {

    /** Gives the kern settings of its own, which win over the gemeente's; a beheerder's decision, like the gemeente's settings. */
    GelezenKern stelIn(Command command);

    record Command(Gebruiker gebruiker, KernId kern, long verwachteVersie, Maatwerk maatwerk) {
    }
}
