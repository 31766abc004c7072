package nl.kernpunt.application.kern.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.KernProfiel;

public interface WijzigKernUseCase {

    GelezenKern wijzig(Command command);

    record Command(Gebruiker gebruiker, KernId kern, long verwachteVersie, KernProfiel profiel) {
    }
}
