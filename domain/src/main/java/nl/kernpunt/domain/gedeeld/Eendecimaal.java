package nl.kernpunt.domain.gedeeld;

import java.math.BigDecimal;

/**
 * A percentage or a mark with at most one decimal within bounds, as the monitoring figures are
 * written (ADR 11): a target, a residents' mark. Absent stays absent.
 */
public final class Eendecimaal {

    private Eendecimaal() {
    }

    public static BigDecimal binnen(String veld, BigDecimal waarde, BigDecimal min, BigDecimal max) {
        if (waarde == null) {
            return null;
        }
        if (waarde.compareTo(min) < 0 || waarde.compareTo(max) > 0) {
            throw new OngeldigeWaarde(veld, "buiten-bereik", "moet tussen " + min + " en " + max + " liggen");
        }
        if (waarde.stripTrailingZeros().scale() > 1) {
            throw new OngeldigeWaarde(veld, "te-veel-decimalen", "hoogstens een decimaal");
        }
        return waarde.setScale(1);
    }

    /** A mark from 1 to 10. */
    public static BigDecimal rapportcijfer(String veld, BigDecimal waarde) {
        return binnen(veld, waarde, BigDecimal.ONE, BigDecimal.TEN);
    }
}
