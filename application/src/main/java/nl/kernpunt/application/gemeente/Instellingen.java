package nl.kernpunt.application.gemeente;

import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.vraag.Antwoordtermijn;

/**
 * A gemeente's settings, or the defaults should it be missing, and a kern's own where it has them:
 * the one place that decides which setting applies.
 */
public final class Instellingen {

    private Instellingen() {
    }

    public static GemeenteInstellingen van(GemeenteRepository gemeenten, Gemeentecode gemeente) {
        return gemeenten.vind(gemeente).map(Gemeente::getInstellingen).orElse(GemeenteInstellingen.STANDAARD);
    }

    /** The term a question in this kern gets now: the kern's own days if it has them (000: maatwerk), else the gemeente's. */
    public static Antwoordtermijn antwoordtermijn(GemeenteRepository gemeenten, Kern kern) {
        Antwoordtermijn vanGemeente = van(gemeenten, kern.getGemeente()).antwoordtermijn();
        Integer eigen = kern.getMaatwerk().antwoordtermijnDagen();
        return eigen == null ? vanGemeente : new Antwoordtermijn(eigen, vanGemeente.soort());
    }
}
