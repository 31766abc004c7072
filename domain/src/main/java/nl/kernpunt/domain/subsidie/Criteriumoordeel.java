package nl.kernpunt.domain.subsidie;

import nl.kernpunt.domain.gedeeld.Invoer;

/** Whether an application meets one criterion, with the note that says why. */
public record Criteriumoordeel(Criterium criterium, boolean voldoet, String toelichting) {

    public Criteriumoordeel {
        Invoer.nietNull("criterium", criterium);
        toelichting = Invoer.verplicht("toelichting", toelichting, 1000);
    }
}
