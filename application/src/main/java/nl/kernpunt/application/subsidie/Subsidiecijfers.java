package nl.kernpunt.application.subsidie;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.domain.gemeente.Streefcijfers;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Regelingcode;

/**
 * A scheme's money over a {@link Monitoringbereik}. {@code beschikbaar} is the caps of the kernen in
 * scope (per-kern scheme; a kern's own leefbaarheidsbudget where it has one) times the calendar years
 * the period touches; a gemeente-wide cap only
 * when no kern is in scope; none for a fixed contribution. {@code toegekend} sums the grants of
 * those budget years whenever they were decided, as the ledger's pots do; {@code uitbetaald} the
 * paid ones among them.
 */
public record Subsidiecijfers(Regelingcode regeling, Optional<Bedrag> beschikbaar, Bedrag toegekend,
                              Bedrag uitbetaald) {

    public Subsidiecijfers {
        Objects.requireNonNull(regeling, "regeling");
        Objects.requireNonNull(beschikbaar, "beschikbaar");
        Objects.requireNonNull(toegekend, "toegekend");
        Objects.requireNonNull(uitbetaald, "uitbetaald");
    }

    /** Granted as a share of what was available (the gemeente's target, West Betuwe's 85 % by year end); null without a budget. */
    public BigDecimal percentageToegekend() {
        return beschikbaar.map(b -> Aantallen.percentage(toegekend.centen(), b.centen())).orElse(null);
    }

    /** The gemeente's target belongs next to a percentage: null where there is none (no budget). */
    public BigDecimal doelPercentageToegekend(Streefcijfers streefcijfers) {
        return beschikbaar.map(b -> streefcijfers.getWaarden().percentageBudgetToegekend()).orElse(null);
    }
}
