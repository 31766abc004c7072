package nl.kernpunt.application.monitoring.port.out;

import java.time.Clock;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Streefcijfers;

/** A gemeente's targets; at most one row per gemeente. */
public interface StreefcijferRepository {

    Optional<Streefcijfers> vind(Gemeentecode gemeente);

    /** What applies: the stored targets, or West Betuwe's for a gemeente that never set its own. */
    default Streefcijfers van(Gemeentecode gemeente, Clock klok) {
        return vind(gemeente).orElseGet(() -> Streefcijfers.standaard(gemeente, klok));
    }

    /** Stores them unless the gemeente already has targets, so two first changes at once leave one row. */
    void voegToeAlsNieuw(Streefcijfers streefcijfers);

    /** Fails with {@code VersieVerouderd} when another transaction changed them since they were loaded. */
    Streefcijfers bewaar(Streefcijfers streefcijfers);
}
