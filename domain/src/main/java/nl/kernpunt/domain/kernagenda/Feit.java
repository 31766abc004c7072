package nl.kernpunt.domain.kernagenda;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/** One fact of the kerncanvas: a key and its value, with where it comes from and as of when. */
public record Feit(String sleutel, String waarde, String bron, LocalDate peildatum) {

    public Feit {
        sleutel = Invoer.verplicht("sleutel", sleutel, 100);
        waarde = Invoer.verplicht("waarde", waarde, 2000);
        bron = Invoer.verplicht("bron", bron, 200);
        Invoer.nietNull("peildatum", peildatum);
    }
}
