package nl.kernpunt.domain.kern;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * What a gemeente settles differently for one kern ("niet iedere kern is hetzelfde", 000): its own
 * answer term in days for residents' questions, its own silence threshold for initiatives and
 * trajecten, its own leefbaarheidsbudget per year (the cap of that kern's pot). Each absent field
 * means the gemeente's setting or scheme.
 */
public record Maatwerk(Integer antwoordtermijnDagen, Integer stilteDrempelDagen, Bedrag leefbaarheidsbudget) {

    public static final Maatwerk GEEN = new Maatwerk(null, null, null);

    public Maatwerk {
        // the gemeente's own bounds (GemeenteInstellingen), so a kern cannot promise what the gemeente may not
        binnen("antwoordtermijnDagen", antwoordtermijnDagen, 60);
        binnen("stilteDrempelDagen", stilteDrempelDagen, 365);
        // a cap of nothing would refuse every grant: a kern without budget is a decision the scheme's amount makes
        if (leefbaarheidsbudget != null) {
            Bedrag.positief("leefbaarheidsbudget", leefbaarheidsbudget);
        }
    }

    private static void binnen(String veld, Integer dagen, int max) {
        if (dagen != null && (dagen < 1 || dagen > max)) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen 1 en " + max + " dagen liggen");
        }
    }
}
