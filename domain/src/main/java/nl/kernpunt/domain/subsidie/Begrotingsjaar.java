package nl.kernpunt.domain.subsidie;

import java.time.Clock;
import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;

/**
 * Budget years are calendar years in the Netherlands. An application is for this year by default,
 * and by choice for last year (late claims) up to next year (early plans); a street event's is the
 * year it takes place.
 */
public final class Begrotingsjaar {

    private Begrotingsjaar() {
    }

    public static int dit(Clock klok) {
        return Periode.vandaag(klok).getYear();
    }

    public static int kies(Integer gevraagd, Clock klok) {
        if (gevraagd == null) {
            return dit(klok);
        }
        return binnenBereik("jaar", gevraagd, klok);
    }

    /** The event's year; a different year asked for is a mistake, not a choice. */
    public static int vanBijeenkomst(Integer gevraagd, LocalDate datum, Clock klok) {
        int jaar = datum.getYear();
        if (gevraagd != null && gevraagd != jaar) {
            throw new OngeldigeWaarde("jaar", "ander-jaar-dan-bijeenkomst",
                    "moet " + jaar + " zijn, het jaar van de bijeenkomst op " + datum + ", of ontbreken");
        }
        return binnenBereik("bijeenkomst.datum", jaar, klok);
    }

    private static int binnenBereik(String veld, int jaar, Clock klok) {
        int ditJaar = dit(klok);
        if (jaar < ditJaar - 1 || jaar > ditJaar + 1) {
            throw new OngeldigeWaarde(veld, "buiten-bereik",
                    "moet tussen " + (ditJaar - 1) + " en " + (ditJaar + 1) + " liggen");
        }
        return jaar;
    }
}
