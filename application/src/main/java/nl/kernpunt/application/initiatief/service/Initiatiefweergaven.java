package nl.kernpunt.application.initiatief.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** Adds what is derived at read time to an initiative; shared by the read and the write side. */
final class Initiatiefweergaven {

    private final GemeenteRepository gemeenten;
    private final KernRepository kernen;
    private final Clock klok;

    Initiatiefweergaven(GemeenteRepository gemeenten, KernRepository kernen, Clock klok) {
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
    }

    GelezenInitiatief van(Initiatief initiatief) {
        return voorGemeente(initiatief.getGemeente()).apply(initiatief);
    }

    /**
     * For a page of one gemeente's initiatives: its threshold is read once and each kern once,
     * instead of both again for every row.
     */
    Function<Initiatief, GelezenInitiatief> voorGemeente(Gemeentecode gemeente) {
        int drempel = stilteDrempelDagen(gemeente);
        Instant nu = klok.instant();
        LocalDate vandaag = vandaag();
        Map<KernId, Optional<Contactpersoon>> kernambtenaren = new HashMap<>();
        return initiatief -> new GelezenInitiatief(initiatief, initiatief.isStil(nu, drempel),
                kernambtenaren.computeIfAbsent(initiatief.getKern(), kern -> kernen.vind(kern).flatMap(Kern::getKernambtenaar)),
                vandaag);
    }

    /** A due date passes at midnight in the Netherlands, not in UTC. */
    LocalDate vandaag() {
        return Periode.vandaag(klok);
    }

    /** The gemeente's setting; the default (28 days) should it be missing. */
    int stilteDrempelDagen(Gemeentecode gemeente) {
        return Instellingen.van(gemeenten, gemeente).stilteDrempelDagen();
    }
}
