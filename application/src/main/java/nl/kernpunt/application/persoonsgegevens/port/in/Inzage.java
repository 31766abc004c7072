package nl.kernpunt.application.persoonsgegevens.port.in;

import java.util.List;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.application.gedeeld.verwerking.Verwerking;
import nl.kernpunt.application.gedeeld.verwerking.Verzameling;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;

/** Everything the gemeente holds on one person (AVG art. 15), with the processing log's entries about them. */
public record Inzage(List<GelezenInitiatief> initiatieven, List<GelezenVraag> vragen,
                     List<Verwerking> verwerkingen) implements Verzameling {

    public Inzage {
        initiatieven = List.copyOf(initiatieven);
        vragen = List.copyOf(vragen);
        verwerkingen = List.copyOf(verwerkingen);
    }

    @Override
    public List<Persoonsgegevens> persoonsgegevens() {
        return Stream.concat(initiatieven.stream(), vragen.stream()).map(Persoonsgegevens.class::cast).toList();
    }
}
