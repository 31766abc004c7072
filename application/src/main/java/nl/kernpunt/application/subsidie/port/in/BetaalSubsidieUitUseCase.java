package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.AanvraagId;

public interface BetaalSubsidieUitUseCase {

    GelezenSubsidieaanvraag betaalUit(Command command);

    record Command(Gebruiker gebruiker, AanvraagId aanvraag, long verwachteVersie) {
    }
}
