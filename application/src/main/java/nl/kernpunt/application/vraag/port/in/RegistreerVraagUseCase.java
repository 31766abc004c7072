package nl.kernpunt.application.vraag.port.in;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.KernId;

public interface RegistreerVraagUseCase {

    /** Registers a resident's question in a kern of the user's own gemeente, with the gemeente's current term. */
    GelezenVraag registreer(Command command);

    /** {@code ontvangenOp} null means now. */
    record Command(Gebruiker gebruiker, KernId kern, String onderwerp, String tekst, Contactpersoon vrager,
                   Instant ontvangenOp) {
    }
}
