package nl.kernpunt.application.subsidie.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.UitgeslotenKosten;

public interface LegSubsidieregelingAanUseCase {

    /** A beheerder adds a scheme of the own gemeente's; a code it already has is 409 {@code regeling-bestaat-al}. */
    GelezenSubsidieregeling legAan(Command command);

    record Command(Gebruiker gebruiker, Regelingcode code, String naam, Budgetsoort budgetsoort,
                   Ontvangersoort ontvangersoort, Bedrag bedrag, List<UitgeslotenKosten> uitgeslotenKosten,
                   Doeltoets doeltoets) {
    }
}
