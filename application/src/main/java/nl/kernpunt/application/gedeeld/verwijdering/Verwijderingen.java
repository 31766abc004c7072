package nl.kernpunt.application.gedeeld.verwijdering;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The tombstone feed (docs/adr/0019). Every use case that takes a resource out of an integrator's
 * view (archiving, withdrawing, and later anonymising, deleting, marking as spam) calls
 * {@link #leg} in its own transaction, so a tombstone exists exactly when the removal committed.
 */
public interface Verwijderingen {

    void leg(Verwijdering verwijdering);

    /**
     * The gemeente's tombstones from {@code sinds} on (inclusive; {@code null}: all), ordered by
     * moment and id, in keyset pages (docs/adr/0005).
     */
    Pagina<Verwijdering> zoek(Gemeentecode gemeente, Instant sinds, PaginaVerzoek verzoek);
}
