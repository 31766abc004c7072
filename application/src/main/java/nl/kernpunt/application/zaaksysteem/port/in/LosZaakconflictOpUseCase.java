package nl.kernpunt.application.zaaksysteem.port.in;

import java.util.UUID;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;

public interface LosZaakconflictOpUseCase {

    /** A person brought the zaak and the item in line; the conflict no longer counts as open. */
    void losOp(Command command);

    record Command(Gebruiker gebruiker, UUID conflict) {
    }
}
