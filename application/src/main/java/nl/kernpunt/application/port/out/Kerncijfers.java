package nl.kernpunt.application.port.out;

import java.math.BigDecimal;

/** The monitoring section on kernen: those not archived, and how many have a kernambtenaar now. */
public record Kerncijfers(long totaal, long metKernambtenaar) {

    /** Null without kernen. */
    public BigDecimal percentageMetKernambtenaar() {
        return Aantallen.percentage(metKernambtenaar, totaal);
    }
}
