package nl.kernpunt.application.kern;

import java.math.BigDecimal;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;

/** The monitoring section on kernen: those not archived, and how many have a kernambtenaar now. */
public record Kerncijfers(long totaal, long metKernambtenaar) {

    /** Null without kernen. */
    public BigDecimal percentageMetKernambtenaar() {
        return Aantallen.percentage(metKernambtenaar, totaal);
    }
}
