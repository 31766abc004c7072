package nl.kernpunt.application.traject.port.in;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.traject.TrajectId;

public interface LegTrajectcontactVastUseCase {

    /** Appends a contact with the participants; no version check, as it cannot conflict with any other change. */
    GelezenTraject legVast(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, Instant op, Kanaal kanaal, String samenvatting) {
    }
}
