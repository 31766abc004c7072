package nl.kernpunt.domain.indicator;

import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.KernId;

/**
 * What a monitored figure is: its name, unit and source, for the whole gemeente or one kern, with
 * a baseline, optionally a benchmark and a target that lies after the baseline.
 */
public record IndicatorGegevens(String naam, String omschrijving, String eenheid, String bron, KernId kern,
                                Jaarwaarde nulmeting, Benchmark benchmark, Jaarwaarde streefwaarde) {

    public IndicatorGegevens {
        naam = Invoer.verplicht("naam", naam, 300);
        omschrijving = Invoer.optioneel("omschrijving", omschrijving, 4000);
        eenheid = Invoer.verplicht("eenheid", eenheid, 50);
        bron = Invoer.optioneel("bron", bron, 200);
        Invoer.nietNull("nulmeting", nulmeting);
        if (streefwaarde != null && streefwaarde.jaar() <= nulmeting.jaar()) {
            throw new OngeldigeWaarde("streefwaarde.jaar", "voor-nulmeting", "moet na het jaar van de nulmeting liggen");
        }
    }
}
