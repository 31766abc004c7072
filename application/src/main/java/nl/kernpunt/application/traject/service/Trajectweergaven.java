package nl.kernpunt.application.traject.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.traject.Participatietraject;

/** Adds what is derived at read time to a traject; shared by the read and the write side. */
final class Trajectweergaven {

    private final GemeenteRepository gemeenten;
    private final Clock klok;

    Trajectweergaven(GemeenteRepository gemeenten, Clock klok) {
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    GelezenTraject van(Participatietraject traject) {
        return new GelezenTraject(traject, traject.isStil(klok.instant(), drempelDagen(traject.getGemeente())));
    }

    /** The moment before which the last contact makes a running traject of the gemeente stil. */
    Instant stilGrens(Gemeentecode gemeente) {
        return klok.instant().minus(Duration.ofDays(drempelDagen(gemeente)));
    }

    private int drempelDagen(Gemeentecode gemeente) {
        return Instellingen.van(gemeenten, gemeente).stilteDrempelDagen();
    }
}
