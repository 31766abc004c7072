package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Regelingcode;

public interface WijzigSubsidieregelingUseCase {

    /**
     * A beheerder sets the own gemeente's name, amount (cap or contribution) and purpose test of a
     * scheme, all three replaced.
     */
    GelezenSubsidieregeling wijzig(Command command);

    record Command(Gebruiker gebruiker, Regelingcode code, long verwachteVersie, String naam, Bedrag bedrag,
                   Doeltoets doeltoets) {
    }
}
