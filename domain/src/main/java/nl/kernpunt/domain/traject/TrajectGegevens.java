package nl.kernpunt.domain.traject;

import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.KernId;

/**
 * The facts of a traject that are edited together. The scope is either the whole gemeente or one
 * or more of its kernen, never both and never neither.
 */
public record TrajectGegevens(String onderwerp, String omschrijving, boolean gemeentebreed, List<KernId> kernen,
                              Contactpersoon eigenaar, List<Contactpersoon> kernambtenaren, LocalDate startDatum,
                              LocalDate eindDatum, boolean groot, boolean politiekGevoelig, Startnotitie startnotitie) {

    public TrajectGegevens {
        onderwerp = Invoer.verplicht("onderwerp", onderwerp, 200);
        omschrijving = Invoer.optioneel("omschrijving", omschrijving, 4000);
        kernen = Invoer.lijst("kernen", kernen, 50).stream().distinct().toList();
        Invoer.nietNull("eigenaar", eigenaar);
        kernambtenaren = Invoer.lijst("kernambtenaren", kernambtenaren, 20);
        if (gemeentebreed == !kernen.isEmpty()) {
            throw new OngeldigeWaarde("kernen", "scope-ongeldig",
                    "noem een of meer kernen, of maak het traject gemeentebreed (niet allebei)");
        }
        if (startDatum != null && eindDatum != null && eindDatum.isBefore(startDatum)) {
            throw new OngeldigeWaarde("eindDatum", "eind-voor-start", "ligt voor de startDatum");
        }
    }

    /** Large or politically sensitive trajecten go to the council with a startnotitie first. */
    public boolean vereistStartnotitie() {
        return groot || politiekGevoelig;
    }
}
