package nl.kernpunt.application.gebeurtenis.port.out;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The event feed. {@link #plaats} joins the caller's transaction: the event commits with its change. */
public interface Gebeurtenissen {

    /**
     * Stores the event with the gemeente's next number and, in the same transaction, a delivery for
     * every subscription it matches. Holds the gemeente's counter until the transaction ends, so the
     * numbers become visible in order.
     */
    void plaats(Gebeurtenis gebeurtenis);

    /** Up to {@code max} events of the gemeente numbered after {@code na}, in order; of one type if given. */
    List<Gebeurtenis> na(Gemeentecode gemeente, long na, Optional<String> type, int max);
}
