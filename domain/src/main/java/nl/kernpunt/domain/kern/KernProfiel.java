package nl.kernpunt.domain.kern;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The facts of a kern that are edited together; the people in its functions change by handover. */
public record KernProfiel(String naam, String gebied, Uitrolfase uitrolfase,
                          List<Dorpsbelangenorganisatie> dorpsbelangenorganisaties,
                          List<Communicatiekanaal> communicatiekanalen) {

    public static final int MAX_ORGANISATIES = 50;
    public static final int MAX_KANALEN = 50;

    public KernProfiel {
        naam = Invoer.verplicht("naam", naam, 100);
        gebied = Invoer.optioneel("gebied", gebied, 100);
        uitrolfase = uitrolfase == null ? Uitrolfase.BEGINSITUATIE : uitrolfase;
        dorpsbelangenorganisaties = Invoer.lijst("dorpsbelangenorganisaties", dorpsbelangenorganisaties, MAX_ORGANISATIES);
        communicatiekanalen = Invoer.lijst("communicatiekanalen", communicatiekanalen, MAX_KANALEN);
    }
}
