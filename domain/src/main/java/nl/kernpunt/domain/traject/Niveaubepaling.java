package nl.kernpunt.domain.traject;

import nl.kernpunt.domain.gedeeld.Invoer;

/**
 * Step 3 apart from the level itself: what is done with the outcome and the fixed boundaries. The
 * level lives on the traject, because it can change later and that change keeps its history.
 */
public record Niveaubepaling(String gebruikUitkomst, String kaderWet, String kaderBeleid, String kaderGeld) {

    public Niveaubepaling {
        gebruikUitkomst = Invoer.verplicht("gebruikUitkomst", gebruikUitkomst, 4000);
        kaderWet = Invoer.optioneel("kaderWet", kaderWet, 4000);
        kaderBeleid = Invoer.optioneel("kaderBeleid", kaderBeleid, 4000);
        kaderGeld = Invoer.optioneel("kaderGeld", kaderGeld, 4000);
    }
}
