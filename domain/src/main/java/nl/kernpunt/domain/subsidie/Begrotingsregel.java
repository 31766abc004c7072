package nl.kernpunt.domain.subsidie;

import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** One line of an application's budget: what, of which category, for how much. */
public record Begrotingsregel(String omschrijving, Kostensoort categorie, Bedrag bedrag) {

    public Begrotingsregel {
        omschrijving = Invoer.verplicht("omschrijving", omschrijving, 200);
        Invoer.nietNull("categorie", categorie);
        Invoer.nietNull("bedrag", bedrag);
        if (bedrag.isNul()) {
            throw new OngeldigeWaarde("bedrag", "niet-positief", "moet meer dan 0.00 zijn");
        }
    }
}
