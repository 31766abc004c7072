package nl.kernpunt.application.gedeeld.verwerking;

import java.util.List;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A read model that shows residents' personal data. A use case of a {@link Verwerkt} service that
 * returns one (alone, in a list or in a page) writes a processing log entry by that alone.
 */
public interface Persoonsgegevens {

    Gemeentecode gemeente();

    /** The code of the processing activity in the register, e.g. {@code initiatieven}. */
    String verwerkingsactiviteit();

    /** The kind of record, e.g. {@code initiatief}. */
    String objectsoort();

    UUID object();

    /** The residents this record is about; staff's work contacts are not counted (docs/adr/0018). */
    List<Contactpersoon> betrokkenen();
}
