package nl.kernpunt.application.subsidie.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Doeltoetsantwoord;

public interface KenSubsidieToeUseCase {

    /** Grants the amount if the pot still holds it; 409 {@code plafond-overschreden} otherwise. */
    GelezenSubsidieaanvraag kenToe(Command command);

    record Command(Gebruiker gebruiker, AanvraagId aanvraag, long verwachteVersie, Bedrag bedrag,
                   List<Criteriumoordeel> criteria, List<Doeltoetsantwoord> doeltoets,
                   Collegebesluit collegebesluit) {
    }
}
