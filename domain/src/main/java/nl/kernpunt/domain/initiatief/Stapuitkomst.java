package nl.kernpunt.domain.initiatief;

import java.time.LocalDate;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Invoer;

/** The recorded outcome of one step of the guide, with the date it was reached. */
public record Stapuitkomst(Stap stap, String uitkomst, LocalDate datum, String vastgelegdDoor) {

    public Stapuitkomst {
        Invoer.nietNull("stap", stap);
        uitkomst = Invoer.verplicht("uitkomst", uitkomst, 2000);
        Invoer.nietNull("datum", datum);
        Objects.requireNonNull(vastgelegdDoor, "vastgelegdDoor");
    }
}
