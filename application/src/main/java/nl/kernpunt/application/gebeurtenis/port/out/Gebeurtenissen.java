package nl.kernpunt.application.gebeurtenis.port.out;

import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The event feed. {@link #plaats} joins the caller's transaction: the event commits with its change. */
public interface Gebeurtenissen {

    /**
     * Stores the event, without a number, and in the same transaction a delivery for every subscription
     * it matches. Takes no lock a writer of the same gemeente waits on: {@link #nummer} gives the number
     * once the transaction has committed (docs/adr/0036).
     */
    void plaats(Gebeurtenis gebeurtenis);

    /**
     * Numbers the gemeente's committed events that have none, in the order they were written, after its
     * highest number, and gives their deliveries the same numbers; one numbering at a time per gemeente,
     * so numbers are gap-free and become visible in order once the caller commits. Answers how many.
     */
    int nummer(Gemeentecode gemeente);

    /** {@link #nummer} for every gemeente with events waiting for a number. */
    int nummerAlle();

    /**
     * A page of the gemeente's events after the cursor, in order, of one type if given. The next cursor
     * is always there (after the last event, or the same position on an empty page): the feed grows.
     */
    Pagina<Gebeurtenis> pagina(Gemeentecode gemeente, Optional<String> type, PaginaVerzoek verzoek);
}
