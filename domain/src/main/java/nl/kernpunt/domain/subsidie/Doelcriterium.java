package nl.kernpunt.domain.subsidie;

import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * One criterion of a scheme's purpose test, e.g. for the street contribution "draagt bij aan een
 * gezelliger, veiliger of schonere omgeving" [004 D]. The code is how a decision answers it.
 */
public record Doelcriterium(String code, String omschrijving) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Doelcriterium {
        code = Invoer.verplicht("code", code, 60);
        if (!KEBAB.matcher(code).matches()) {
            throw new OngeldigeWaarde("code", "ongeldig-formaat", "kleine letters, cijfers en streepjes, zoals versterkt-contact");
        }
        omschrijving = Invoer.verplicht("omschrijving", omschrijving, 300);
    }
}
