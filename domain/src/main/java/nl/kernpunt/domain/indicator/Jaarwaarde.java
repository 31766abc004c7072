package nl.kernpunt.domain.indicator;

import java.math.BigDecimal;

/** A value that belongs to a year: the baseline (nulmeting) or the target (streefwaarde). */
public record Jaarwaarde(BigDecimal waarde, int jaar) {

    public Jaarwaarde {
        waarde = Getal.waarde("waarde", waarde);
        jaar = Getal.jaar("jaar", jaar);
    }
}
