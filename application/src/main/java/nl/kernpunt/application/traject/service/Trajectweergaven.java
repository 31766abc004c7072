package nl.kernpunt.application.traject.service;

import java.time.Clock;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.traject.Participatietraject;

/** Adds what is derived at read time to a traject; shared by the read and the write side. */
final class Trajectweergaven {

    private final GemeenteRepository gemeenten;
    private final KernRepository kernen;
    private final Clock klok;

    Trajectweergaven(GemeenteRepository gemeenten, KernRepository kernen, Clock klok) {
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
    }

    /** Silent against its kern's own threshold when it is about one kern that has one, as the list filter. */
    GelezenTraject van(Participatietraject traject) {
        Stiltegrenzen grenzen = stiltegrenzen(traject.getGemeente());
        return new GelezenTraject(traject, traject.isStil(grenzen.voor(traject.getGegevens().kernen())));
    }

    /** The moments before which the last contact makes a running traject of the gemeente stil. */
    Stiltegrenzen stiltegrenzen(Gemeentecode gemeente) {
        return Instellingen.stiltegrenzen(gemeenten, kernen, gemeente, klok.instant());
    }
}
