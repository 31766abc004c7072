package nl.kernpunt.domain.indicator;

import java.math.BigDecimal;
import nl.kernpunt.domain.gedeeld.Invoer;

/** What the figure is compared with, and with whom (e.g. comparable gemeenten in 2019). */
public record Benchmark(BigDecimal waarde, String omschrijving) {

    public Benchmark {
        waarde = Getal.waarde("benchmark.waarde", waarde);
        omschrijving = Invoer.verplicht("benchmark.omschrijving", omschrijving, 200);
    }
}
