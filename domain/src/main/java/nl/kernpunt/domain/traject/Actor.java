package nl.kernpunt.domain.traject;

import nl.kernpunt.domain.gedeeld.Invoer;

/** One row of the actor analysis. */
public record Actor(String naam, String belang, String invloed, String standpunt) {

    public Actor {
        naam = Invoer.verplicht("naam", naam, 200);
        belang = Invoer.optioneel("belang", belang, 2000);
        invloed = Invoer.optioneel("invloed", invloed, 2000);
        standpunt = Invoer.optioneel("standpunt", standpunt, 2000);
    }
}
