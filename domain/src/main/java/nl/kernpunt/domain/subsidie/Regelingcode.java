package nl.kernpunt.domain.subsidie;

import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * A scheme's identity within its gemeente, as the contract writes it: {@code leefbaarheidsbudget},
 * {@code signaleringsgroepen}. The default schemes' codes are those of {@link Regelingsoort}.
 */
public record Regelingcode(String waarde) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Regelingcode {
        waarde = Invoer.verplicht("code", waarde, 40);
        if (!KEBAB.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("code", "ongeldig-formaat",
                    "kleine letters, cijfers en streepjes, zoals signaleringsgroepen");
        }
    }

    @Override
    public String toString() {
        return waarde;
    }
}
