package nl.kernpunt.application.persoonsgegevens.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;

/** AVG art. 15 for the beheerder of the gemeente: an unknown person is an empty answer, not an error. */
public interface BeantwoordInzageverzoekUseCase {

    Inzage beantwoord(Command command);

    record Command(Gebruiker gebruiker, Persoonskenmerken persoon) {
    }
}
