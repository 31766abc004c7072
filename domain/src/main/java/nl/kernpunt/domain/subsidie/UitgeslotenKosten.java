package nl.kernpunt.domain.subsidie;

import nl.kernpunt.domain.gedeeld.Invoer;

/** A cost kind a scheme does not pay for, with why, e.g. eten: "de bijdrage betaalt het organiseren" [004 D]. */
public record UitgeslotenKosten(Kostensoort kostensoort, String omschrijving) {

    public UitgeslotenKosten {
        Invoer.nietNull("kostensoort", kostensoort);
        omschrijving = Invoer.verplicht("omschrijving", omschrijving, 300);
    }
}
