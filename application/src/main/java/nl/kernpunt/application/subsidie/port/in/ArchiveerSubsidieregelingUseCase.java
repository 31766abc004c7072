package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.Regelingcode;

public interface ArchiveerSubsidieregelingUseCase {

    /** A beheerder closes a scheme of the own gemeente's to new applications; its ledger stays. */
    GelezenSubsidieregeling archiveer(Command command);

    record Command(Gebruiker gebruiker, Regelingcode code, long verwachteVersie) {
    }
}
