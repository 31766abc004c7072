package nl.kernpunt.domain.subsidie;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The board's (college's) decision a bijzondere-initiatieven grant rests on: its reference and date. */
public record Collegebesluit(String kenmerk, LocalDate datum) {

    public Collegebesluit {
        kenmerk = Invoer.verplicht("collegebesluit.kenmerk", kenmerk, 100);
        Invoer.nietNull("collegebesluit.datum", datum);
    }
}
