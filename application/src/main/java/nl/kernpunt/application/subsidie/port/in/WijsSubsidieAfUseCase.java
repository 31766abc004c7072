package nl.kernpunt.application.subsidie.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Doeltoetsantwoord;

public interface WijsSubsidieAfUseCase {

    GelezenSubsidieaanvraag wijsAf(Command command);

    record Command(Gebruiker gebruiker, AanvraagId aanvraag, long verwachteVersie, String motivering,
                   List<Criteriumoordeel> criteria, List<Doeltoetsantwoord> doeltoets,
                   Collegebesluit collegebesluit) {
    }
}
