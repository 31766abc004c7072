package nl.kernpunt.application.vraag.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.vraag.VraagId;

/** The kernambtenaar or beheerder judges a question spam; marking it again changes nothing. */
public interface MarkeerVraagAlsSpamUseCase {

    GelezenVraag markeerAlsSpam(Command command);

    record Command(Gebruiker gebruiker, VraagId vraag) {
    }
}
