package nl.kernpunt.domain.traject;

import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** A chosen method; "anders" needs a description, since the type alone then says nothing. */
public record Participatiemiddel(Middeltype type, String omschrijving) {

    public Participatiemiddel {
        Invoer.nietNull("type", type);
        omschrijving = Invoer.optioneel("omschrijving", omschrijving, 1000);
        if (type == Middeltype.ANDERS && omschrijving == null) {
            throw new OngeldigeWaarde("omschrijving", "omschrijving-bij-anders-verplicht",
                    "beschrijf het middel als het type anders is");
        }
    }
}
