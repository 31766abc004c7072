package nl.kernpunt.domain.initiatief;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * What the initiators and the gemeente say the initiative is; replaced as a whole on an update.
 *
 * @param contactpersoon the fixed contact person at the gemeente (the content colleague), if named yet
 */
public record InitiatiefGegevens(String titel, String omschrijving, Vorm vorm, Set<Ondersteuning> ondersteuning,
                                 List<Contactpersoon> betrokkenen, Contactpersoon contactpersoon) {

    public InitiatiefGegevens {
        titel = Invoer.verplicht("titel", titel, 200);
        omschrijving = Invoer.verplicht("omschrijving", omschrijving, 5000);
        Invoer.nietNull("vorm", vorm);
        ondersteuning = ondersteuning == null || ondersteuning.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(ondersteuning));
        betrokkenen = Invoer.lijst("betrokkenen", betrokkenen, 20);
        if (betrokkenen.isEmpty()) {
            throw new OngeldigeWaarde("betrokkenen", "verplicht", "noem ten minste één initiatiefnemer");
        }
    }

    /** The initiator named first, who stands for the initiative towards the case system. */
    public Contactpersoon eersteInitiatiefnemer() {
        return betrokkenen.get(0);
    }
}
