package nl.kernpunt.domain.gemeente;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The terms a gemeente chooses for itself. The defaults are Buren's: an answer within a week,
 * feedback after a meeting within two weeks, an initiative silent after four weeks without contact.
 */
public record GemeenteInstellingen(int antwoordtermijnDagen, int terugkoppeltermijnDagen, int stilteDrempelDagen) {

    public static final GemeenteInstellingen STANDAARD = new GemeenteInstellingen(7, 14, 28);

    public GemeenteInstellingen {
        binnen("instellingen.antwoordtermijnDagen", antwoordtermijnDagen, 60);
        binnen("instellingen.terugkoppeltermijnDagen", terugkoppeltermijnDagen, 90);
        binnen("instellingen.stilteDrempelDagen", stilteDrempelDagen, 365);
    }

    private static void binnen(String veld, int dagen, int max) {
        if (dagen < 1 || dagen > max) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen 1 en " + max + " dagen liggen");
        }
    }
}
