package nl.kernpunt.domain.subsidie;

import java.time.Clock;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;

/**
 * Budget years are calendar years in the Netherlands. An application is for this year by default,
 * and by choice for last year (late claims) up to next year (early plans).
 */
public final class Begrotingsjaar {

    private Begrotingsjaar() {
    }

    public static int dit(Clock klok) {
        return Periode.vandaag(klok).getYear();
    }

    public static int kies(Integer gevraagd, Clock klok) {
        int ditJaar = dit(klok);
        if (gevraagd == null) {
            return ditJaar;
        }
        if (gevraagd < ditJaar - 1 || gevraagd > ditJaar + 1) {
            throw new OngeldigeWaarde("jaar", "buiten-bereik",
                    "moet tussen " + (ditJaar - 1) + " en " + (ditJaar + 1) + " liggen");
        }
        return gevraagd;
    }
}
