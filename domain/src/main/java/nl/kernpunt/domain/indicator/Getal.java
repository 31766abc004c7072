package nl.kernpunt.domain.indicator;

import java.math.BigDecimal;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** The bounds every value of a figure keeps: what the numeric(14,4) column holds, exactly. */
final class Getal {

    private static final BigDecimal GRENS = new BigDecimal("1e10");

    private Getal() {
    }

    static BigDecimal waarde(String veld, BigDecimal waarde) {
        Invoer.nietNull(veld, waarde);
        if (waarde.scale() > 4 || waarde.abs().compareTo(GRENS) >= 0) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "hoogstens 4 decimalen en kleiner dan 10 miljard");
        }
        return waarde.stripTrailingZeros().scale() < 0 ? waarde.setScale(0) : waarde.stripTrailingZeros();
    }

    static int jaar(String veld, int jaar) {
        if (jaar < 1900 || jaar > 2200) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen 1900 en 2200 liggen");
        }
        return jaar;
    }
}
