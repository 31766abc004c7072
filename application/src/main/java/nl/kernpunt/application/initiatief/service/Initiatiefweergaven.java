package nl.kernpunt.application.initiatief.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
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
        return voorGemeente(initiatief.getGemeente(), List.of(initiatief)).apply(initiatief);
    }

    /**
     * For a page of one gemeente's initiatives: its threshold is read once and the kernen of the
     * whole page in one go (docs/adr/0026), instead of both again for every row.
     */
    Function<Initiatief, GelezenInitiatief> voorGemeente(Gemeentecode gemeente, Collection<Initiatief> initiatieven) {
        int drempel = stilteDrempelDagen(gemeente);
        Instant nu = klok.instant();
        LocalDate vandaag = vandaag();
        Map<KernId, Contactpersoon> kernambtenaren = new HashMap<>();
        kernen.vindAlle(initiatieven.stream().map(Initiatief::getKern).collect(Collectors.toSet()))
                .forEach(kern -> kern.getKernambtenaar().ifPresent(k -> kernambtenaren.put(kern.getId(), k)));
        return initiatief -> new GelezenInitiatief(initiatief, initiatief.isStil(nu, drempel),
                Optional.ofNullable(kernambtenaren.get(initiatief.getKern())), vandaag);
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
