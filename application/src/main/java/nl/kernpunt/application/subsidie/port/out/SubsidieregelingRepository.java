package nl.kernpunt.application.subsidie.port.out;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

public interface SubsidieregelingRepository {

    /** The gemeente's schemes, archived ones too, in {@link Regelingcode#VOLGORDE}. */
    List<Subsidieregeling> van(Gemeentecode gemeente);

    Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingcode code);

    /**
     * Stores the scheme unless the gemeente already has one with its code, so two first uses at the
     * same moment both succeed and leave one scheme; false when one was there.
     */
    boolean voegToeAlsNieuw(Subsidieregeling regeling);

    /** Fails with {@code VersieVerouderd} when another transaction changed the scheme since it was loaded. */
    Subsidieregeling bewaar(Subsidieregeling regeling);
}
