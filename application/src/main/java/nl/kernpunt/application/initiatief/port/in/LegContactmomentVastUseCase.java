package nl.kernpunt.application.initiatief.port.in;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.Kanaal;

public interface LegContactmomentVastUseCase {

    /** Appends a contact; no version check, as it cannot conflict with any other change. */
    GelezenInitiatief legVast(Command command);

    record Command(Gebruiker gebruiker, InitiatiefId initiatief, Instant op, Kanaal kanaal, String samenvatting) {
    }
}
