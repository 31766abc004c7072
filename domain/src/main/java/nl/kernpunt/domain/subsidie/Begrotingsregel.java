package nl.kernpunt.domain.subsidie;

import nl.kernpunt.domain.gedeeld.Invoer;

/** One line of an application's budget: what, of which category, for how much. */
public record Begrotingsregel(String omschrijving, Kostensoort categorie, Bedrag bedrag) {

    public Begrotingsregel {
        omschrijving = Invoer.verplicht("omschrijving", omschrijving, 200);
        Invoer.nietNull("categorie", categorie);
        Bedrag.positief("bedrag", bedrag);
    }
}
