package nl.kernpunt.domain.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** One measurement of the figure: its value as of a day, from a source. */
public record Meting(LocalDate peildatum, BigDecimal waarde, String bron, String door) {

    public Meting {
        Invoer.nietNull("peildatum", peildatum);
        waarde = Getal.waarde("waarde", waarde);
        bron = Invoer.optioneel("bron", bron, 200);
    }
}
