package nl.kernpunt.domain.kern;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * What a gemeente settles differently for one kern ("niet iedere kern is hetzelfde", 000): for now
 * its own answer term in days for residents' questions. Absent means the gemeente's setting.
 */
public record Maatwerk(Integer antwoordtermijnDagen) {

    public static final Maatwerk GEEN = new Maatwerk(null);

    public Maatwerk {
        // the gemeente's own bounds (GemeenteInstellingen), so a kern cannot promise what the gemeente may not
        if (antwoordtermijnDagen != null && (antwoordtermijnDagen < 1 || antwoordtermijnDagen > 60)) {
            throw new OngeldigeWaarde("antwoordtermijnDagen", "buiten-bereik", "moet tussen 1 en 60 dagen liggen");
        }
    }
}
