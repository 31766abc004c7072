package nl.kernpunt.application.bijeenkomst;

import java.math.BigDecimal;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;

/**
 * The meetings figures of a monitoring scope: meetings held in the period, how many of them had
 * their feedback in time, and how many still wait for feedback past their due date.
 */
public record Bijeenkomstcijfers(long gehouden, long tijdigTeruggekoppeld, long terugkoppelingVerlopen) {

    /** Of all meetings held, including those whose feedback is not due yet. Null without meetings. */
    public BigDecimal percentageTijdigTeruggekoppeld() {
        return Aantallen.percentage(tijdigTeruggekoppeld, gehouden);
    }
}
