package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;

public interface BetaalSubsidieUitUseCase {

    Subsidieaanvraag betaalUit(Command command);

    record Command(Gebruiker gebruiker, AanvraagId aanvraag, long verwachteVersie) {
    }
}
