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
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.kern.Kernkenmerken;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
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
     * For a page of one gemeente's initiatives: its settings are read once and what the page's
     * kernen add in one go (docs/adr/0026, 0031), instead of both again for every row; a kern's own
     * silence threshold wins over the gemeente's.
     */
    Function<Initiatief, GelezenInitiatief> voorGemeente(Gemeentecode gemeente, Collection<Initiatief> initiatieven) {
        GemeenteInstellingen instellingen = Instellingen.van(gemeenten, gemeente);
        Instant nu = klok.instant();
        LocalDate vandaag = vandaag();
        Map<KernId, Kernkenmerken> perKern = new HashMap<>();
        kernen.kenmerken(initiatieven.stream().map(Initiatief::getKern).collect(Collectors.toSet()))
                .forEach(kenmerken -> perKern.put(kenmerken.id(), kenmerken));
        return initiatief -> {
            Optional<Kernkenmerken> kern = Optional.ofNullable(perKern.get(initiatief.getKern()));
            return new GelezenInitiatief(initiatief,
                    initiatief.isStil(nu, Instellingen.stilteDrempelDagen(instellingen,
                            kern.map(Kernkenmerken::eigenStilteDrempelDagen).orElse(null))),
                    kern.flatMap(Kernkenmerken::kernambtenaar), vandaag);
        };
    }

    /** A due date passes at midnight in the Netherlands, not in UTC. */
    LocalDate vandaag() {
        return Periode.vandaag(klok);
    }

    /** The moments before which the last contact makes an initiative of the gemeente silent, per kern. */
    Stiltegrenzen stiltegrenzen(Gemeentecode gemeente) {
        return Instellingen.stiltegrenzen(gemeenten, kernen, gemeente, klok.instant());
    }

    /** The kern's own threshold or the gemeente's; the default (28 days) should both be missing. */
    int stilteDrempelDagen(Gemeentecode gemeente, KernId kern) {
        return Instellingen.stilteDrempelDagen(Instellingen.van(gemeenten, gemeente),
                kernen.vind(kern).map(k -> k.getMaatwerk().stilteDrempelDagen()).orElse(null));
    }
}
