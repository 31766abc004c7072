package nl.kernpunt.application.monitoring.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Streefcijfers;

public interface StreefcijfersQuery {

    /** The own gemeente's targets, for any member of its staff. */
    Streefcijfers lees(Gebruiker lezer);
}
