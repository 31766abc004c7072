package nl.kernpunt.application.subsidie.port.out;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

public interface SubsidieregelingRepository {

    /** The gemeente's schemes in the order of {@link Regelingsoort}. */
    List<Subsidieregeling> van(Gemeentecode gemeente);

    Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingsoort soort);

    /**
     * Stores the scheme unless the gemeente already has one of its kind, so two first uses at the
     * same moment both succeed and leave one scheme.
     */
    void voegToeAlsNieuw(Subsidieregeling regeling);

    /** Fails with {@code VersieVerouderd} when another transaction changed the scheme since it was loaded. */
    Subsidieregeling bewaar(Subsidieregeling regeling);
}
