package nl.kernpunt.domain.subsidie;

import nl.kernpunt.domain.gedeeld.Invoer;

/** A decision's answer to one criterion of the scheme's purpose test: met or not, and why. */
public record Doeltoetsantwoord(String criterium, boolean voldoet, String toelichting) {

    public Doeltoetsantwoord {
        criterium = Invoer.verplicht("criterium", criterium, 60);
        toelichting = Invoer.verplicht("toelichting", toelichting, 500);
    }
}
