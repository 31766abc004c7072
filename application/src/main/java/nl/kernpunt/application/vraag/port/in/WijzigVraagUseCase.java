package nl.kernpunt.application.vraag.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.vraag.VraagId;

public interface WijzigVraagUseCase {

    GelezenVraag wijzig(Command command);

    record Command(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, String onderwerp, String tekst,
                   Contactpersoon vrager) {
    }
}
