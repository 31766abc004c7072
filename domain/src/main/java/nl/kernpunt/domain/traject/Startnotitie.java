package nl.kernpunt.domain.traject;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The note to the council a large or politically sensitive traject needs before it starts [000 §3.3.1]. */
public record Startnotitie(LocalDate datum, String raadsbesluit) {

    public Startnotitie {
        Invoer.nietNull("startnotitie.datum", datum);
        raadsbesluit = Invoer.verplicht("startnotitie.raadsbesluit", raadsbesluit, 2000);
    }
}
