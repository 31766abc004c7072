package nl.kernpunt.application.begroting.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;

public interface GeefStemcodesUitUseCase {

    /** New single-use codes for the round, as printed; returned this once, only their hashes are kept. */
    List<String> geefUit(Command command);

    record Command(Gebruiker gebruiker, BegrotingsrondeId ronde, int aantal) {
    }
}
