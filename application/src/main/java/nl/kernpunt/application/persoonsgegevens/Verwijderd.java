package nl.kernpunt.application.persoonsgegevens;

import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** A record a person was erased from, with that person as they were, for the processing log's pseudonyms. */
public record Verwijderd(Gemeentecode gemeente, String objectsoort, UUID object, List<Contactpersoon> betrokkenen)
        implements Persoonsgegevens {

    public Verwijderd {
        betrokkenen = List.copyOf(betrokkenen);
    }

    @Override
    public String verwerkingsactiviteit() {
        return "verwijderverzoeken";
    }
}
