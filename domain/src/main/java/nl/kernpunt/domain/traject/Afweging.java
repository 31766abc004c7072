package nl.kernpunt.domain.traject;

import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * Step 1, afweging aan de voorkant: the guide's questions answered and the decision. A "no" is
 * told to residents too, so it cannot be recorded without saying how.
 */
public record Afweging(String ruimteVoorParticipatie, String geschiktheid, Doel doel, String consequenties,
                       String tijdEnMiddelen, String geschiedenis, boolean participatieGewenst, String motivering,
                       String communicatieBijNee) {

    private static final int MAX = 4000;

    public Afweging {
        ruimteVoorParticipatie = Invoer.verplicht("ruimteVoorParticipatie", ruimteVoorParticipatie, MAX);
        geschiktheid = Invoer.verplicht("geschiktheid", geschiktheid, MAX);
        Invoer.nietNull("doel", doel);
        consequenties = Invoer.optioneel("consequenties", consequenties, MAX);
        tijdEnMiddelen = Invoer.optioneel("tijdEnMiddelen", tijdEnMiddelen, MAX);
        geschiedenis = Invoer.optioneel("geschiedenis", geschiedenis, MAX);
        motivering = Invoer.verplicht("motivering", motivering, MAX);
        communicatieBijNee = Invoer.optioneel("communicatieBijNee", communicatieBijNee, MAX);
        if (!participatieGewenst && communicatieBijNee == null) {
            throw new OngeldigeWaarde("communicatieBijNee", "communicatie-bij-nee-verplicht",
                    "bij een nee moet vastliggen hoe inwoners dat horen");
        }
    }
}
