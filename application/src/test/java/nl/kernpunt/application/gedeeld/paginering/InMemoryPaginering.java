package nl.kernpunt.application.gedeeld.paginering;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * Keyset paging over a sorted stream. The cursor is the list's context (sort and filters) and the
 * last row's sort key, so a cursor is refused by a list with other filters, as in the database.
 */
public final class InMemoryPaginering {

    private InMemoryPaginering() {
    }

    public static <T> Pagina<T> pagina(Stream<T> rijen, Comparator<T> volgorde, Function<T, String> sleutel,
                                PaginaVerzoek verzoek, Object context) {
        String voorvoegsel = Integer.toHexString(context.hashCode()) + ":";
        if (verzoek.cursor() != null && !verzoek.cursor().startsWith(voorvoegsel)) {
            throw new OngeldigeWaarde("cursor", "ongeldige-cursor", "hoort niet bij deze lijst en filters");
        }
        String na = verzoek.cursor() == null ? null : verzoek.cursor().substring(voorvoegsel.length());
        List<T> vanaf = rijen.sorted(volgorde)
                .filter(r -> na == null || sleutel.apply(r).compareTo(na) > 0)
                .limit(verzoek.grootte() + 1L)
                .toList();
        if (vanaf.size() <= verzoek.grootte()) {
            return new Pagina<>(vanaf, null);
        }
        List<T> deze = vanaf.subList(0, verzoek.grootte());
        return new Pagina<>(deze, voorvoegsel + sleutel.apply(deze.get(deze.size() - 1)));
    }
}
