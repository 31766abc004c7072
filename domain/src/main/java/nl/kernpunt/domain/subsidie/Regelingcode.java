package nl.kernpunt.domain.subsidie;

import java.util.Comparator;
import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * A scheme's identity within its gemeente, as the contract writes it: {@code leefbaarheidsbudget},
 * {@code signaleringsgroepen}. The default schemes' codes are those of {@link Regelingsoort}.
 */
public record Regelingcode(String waarde) {

    /** How a gemeente's schemes are listed: the defaults in their order, then its own by code. */
    public static final Comparator<Regelingcode> VOLGORDE = Comparator
            .comparing((Regelingcode code) -> Regelingsoort.van(code).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(Regelingcode::waarde);

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
