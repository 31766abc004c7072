package nl.kernpunt.application.kern.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.KernId;

public interface ArchiveerKernUseCase {

    GelezenKern archiveer(Command command);

    record Command(Gebruiker gebruiker, KernId kern, long verwachteVersie) {
    }
}
