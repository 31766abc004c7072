package nl.kernpunt.application.gedeeld.verwerking;

import java.util.Collection;
import java.util.List;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The append-only processing log. There is deliberately no way to change or remove an entry. */
public interface Verwerkingenlog {

    void leg(Verwerking verwerking);

    /** The gemeente's entries about any of these data subjects (pseudonyms), oldest first. */
    List<Verwerking> over(Gemeentecode gemeente, Collection<String> betrokkenen);
}
