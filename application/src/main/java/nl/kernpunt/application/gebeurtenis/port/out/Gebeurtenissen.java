package nl.kernpunt.application.gebeurtenis.port.out;

import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The event feed. {@link #plaats} joins the caller's transaction: the event commits with its change. */
public interface Gebeurtenissen {

    /**
     * Stores the event with the gemeente's next number and, in the same transaction, a delivery for
     * every subscription it matches. Holds the gemeente's counter until the transaction ends, so the
     * numbers become visible in order.
     */
    void plaats(Gebeurtenis gebeurtenis);

    /**
     * A page of the gemeente's events after the cursor, in order, of one type if given. The next cursor
     * is always there (after the last event, or the same position on an empty page): the feed grows.
     */
    Pagina<Gebeurtenis> pagina(Gemeentecode gemeente, Optional<String> type, PaginaVerzoek verzoek);
}
