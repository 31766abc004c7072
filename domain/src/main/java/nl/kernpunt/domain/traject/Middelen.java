package nl.kernpunt.domain.traject;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** Step 5: the methods chosen. */
public record Middelen(List<Participatiemiddel> middelen) {

    public Middelen {
        middelen = Invoer.lijst("middelen", middelen, 30);
        if (middelen.isEmpty()) {
            throw new OngeldigeWaarde("middelen", "verplicht", "kies ten minste één middel");
        }
    }
}
