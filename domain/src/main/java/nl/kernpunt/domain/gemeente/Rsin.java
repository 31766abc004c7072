package nl.kernpunt.domain.gemeente;

import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The legal entity number the case system needs as {@code bronorganisatie}. Nine digits that pass
 * the eleven test (elfproef), as the ZGW APIs validate it.
 */
public record Rsin(String waarde) {

    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\d{9}");

    public Rsin {
        if (waarde == null || !NEGEN_CIJFERS.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("rsin", "ongeldig-rsin", "moet uit negen cijfers bestaan");
        }
        if (!voldoetAanElfproef(waarde)) {
            throw new OngeldigeWaarde("rsin", "ongeldig-rsin", "voldoet niet aan de elfproef");
        }
    }

    private static boolean voldoetAanElfproef(String cijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        som -= cijfers.charAt(8) - '0';
        return som % 11 == 0;
    }

    @Override
    public String toString() {
        return waarde;
    }
}
