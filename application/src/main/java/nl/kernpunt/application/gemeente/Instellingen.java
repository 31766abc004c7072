package nl.kernpunt.application.gemeente;

import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** A gemeente's settings, or the defaults should it be missing: the one place for that fallback. */
public final class Instellingen {

    private Instellingen() {
    }

    public static GemeenteInstellingen van(GemeenteRepository gemeenten, Gemeentecode gemeente) {
        return gemeenten.vind(gemeente).map(Gemeente::getInstellingen).orElse(GemeenteInstellingen.STANDAARD);
    }
}
