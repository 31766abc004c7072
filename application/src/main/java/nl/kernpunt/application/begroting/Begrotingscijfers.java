package nl.kernpunt.application.begroting;

import java.math.BigDecimal;
import java.util.Objects;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * One kern's budget rounds opened in a {@code Monitoringbereik}'s period: their ideas, codes issued,
 * ballots cast and the amount the closed ones allocated.
 */
public record Begrotingscijfers(KernId kern, long rondes, long ideeen, long codesUitgegeven,
                                long stemmenUitgebracht, Bedrag toegewezen) {

    public Begrotingscijfers {
        Objects.requireNonNull(kern, "kern");
        Objects.requireNonNull(toegewezen, "toegewezen");
    }

    /** Ballots cast as a share of codes issued; null without codes. */
    public BigDecimal percentageOpkomst() {
        return Aantallen.percentage(stemmenUitgebracht, codesUitgegeven);
    }
}
