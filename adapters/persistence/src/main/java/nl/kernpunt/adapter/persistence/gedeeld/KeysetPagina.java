package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;

/**
 * Reads one page of a keyset list. It fetches one row more than asked, so whether a next page
 * exists is known without OFFSET or COUNT(*) (docs/adr/0005).
 */
public final class KeysetPagina {

    private KeysetPagina() {
    }

    /**
     * The page after the request's cursor (if any) in this order; {@code cursor} is bound to the
     * filter the conditions express, so a cursor made for another filter is refused (docs/adr/0005).
     */
    public static <E, T> Pagina<T> na(EntityManager entityManager, Class<E> soortRij, Voorwaarden voorwaarden,
                                      KeysetVolgorde<E> volgorde, KeysetCursor cursor, PaginaVerzoek verzoek,
                                      Function<E, T> naarDomein) {
        cursor.lees(verzoek.cursor()).ifPresent(positie -> volgorde.na(positie, voorwaarden));
        return lees(voorwaarden.query(entityManager, soortRij, volgorde.sortering()), verzoek, naarDomein,
                rij -> cursor.na(volgorde.sleutel(rij)));
    }

    /**
     * The same page for a list that reads its rows itself, without entities (docs/adr/0037).
     *
     * @param lees      the rows meeting the conditions (the cursor's included), in the order, at most this many
     * @param naarDomein the page's rows, all at once, so their children can be read in one go
     */
    public static <E, T> Pagina<T> na(Voorwaarden voorwaarden, KeysetVolgorde<E> volgorde, KeysetCursor cursor,
                                      PaginaVerzoek verzoek, IntFunction<List<E>> lees,
                                      Function<List<E>, List<T>> naarDomein) {
        cursor.lees(verzoek.cursor()).ifPresent(positie -> volgorde.na(positie, voorwaarden));
        return uit(lees.apply(verzoek.grootte() + 1), verzoek, naarDomein, rij -> cursor.na(volgorde.sleutel(rij)));
    }

    /**
     * @param query    the list's query: its filters, the keyset condition of the cursor and its order
     * @param cursorNa the cursor after a row, asked for the page's last row when another page follows
     */
    public static <R, T> Pagina<T> lees(TypedQuery<R> query, PaginaVerzoek verzoek,
                                        Function<R, T> naarDomein, Function<R, String> cursorNa) {
        // only a maximum, no first result: Hibernate then writes no OFFSET clause at all
        return uit(query.setMaxResults(verzoek.grootte() + 1).getResultList(), verzoek,
                rijen -> rijen.stream().map(naarDomein).toList(), cursorNa);
    }

    /** The page of {@code rijen} (one more than asked when another page follows). */
    private static <R, T> Pagina<T> uit(List<R> rijen, PaginaVerzoek verzoek, Function<List<R>, List<T>> naarDomein,
                                        Function<R, String> cursorNa) {
        if (rijen.size() <= verzoek.grootte()) {
            return new Pagina<>(naarDomein.apply(rijen), null);
        }
        List<R> pagina = rijen.subList(0, verzoek.grootte());
        return new Pagina<>(naarDomein.apply(pagina), cursorNa.apply(pagina.get(pagina.size() - 1)));
    }
}
