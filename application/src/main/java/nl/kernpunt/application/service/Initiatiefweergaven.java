package nl.kernpunt.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.kernpunt.application.port.in.GelezenInitiatief;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.kern.Kern;

/** Adds what is derived at read time to an initiative; shared by the read and the write side. */
final class Initiatiefweergaven {

    /** A due date passes at midnight in the Netherlands, not in UTC. */
    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final GemeenteRepository gemeenten;
    private final KernRepository kernen;
    private final Clock klok;

    Initiatiefweergaven(GemeenteRepository gemeenten, KernRepository kernen, Clock klok) {
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
    }

    GelezenInitiatief van(Initiatief initiatief) {
        int drempel = stilteDrempelDagen(initiatief.getGemeente());
        return new GelezenInitiatief(initiatief, initiatief.isStil(klok.instant(), drempel),
                kernen.vind(initiatief.getKern()).flatMap(Kern::getKernambtenaar), vandaag());
    }

    LocalDate vandaag() {
        return LocalDate.ofInstant(klok.instant(), NEDERLAND);
    }

    /** The gemeente's setting; the default (28 days) should it be missing. */
    int stilteDrempelDagen(Gemeentecode gemeente) {
        return gemeenten.vind(gemeente).map(Gemeente::getInstellingen)
                .orElse(GemeenteInstellingen.STANDAARD).stilteDrempelDagen();
    }
}
