package nl.kernpunt.domain.kern;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** A village interest organisation, possibly bound to the gemeente by a convenant. */
public record Dorpsbelangenorganisatie(String naam, LocalDate convenantDatum, ConvenantStatus convenantStatus) {

    public Dorpsbelangenorganisatie {
        naam = Invoer.verplicht("naam", naam, 150);
        convenantStatus = Invoer.nietNull("convenantStatus", convenantStatus);
        boolean heeftConvenant = convenantStatus == ConvenantStatus.AFGESLOTEN || convenantStatus == ConvenantStatus.BEEINDIGD;
        if (heeftConvenant && convenantDatum == null) {
            throw new OngeldigeWaarde("convenantDatum", "verplicht", "is verplicht bij een afgesloten of beëindigd convenant");
        }
    }
}
