package nl.kernpunt.application.monitoring.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Streefcijfers;
import nl.kernpunt.domain.gemeente.Streefwaarden;

public interface StelStreefcijfersVastUseCase {

    /** A beheerder sets the own gemeente's targets; an absent one is no target. */
    Streefcijfers stelVast(Command command);

    record Command(Gebruiker gebruiker, long verwachteVersie, Streefwaarden waarden) {
    }
}
