package nl.kernpunt.application.gedeeld.verwijdering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The tombstone feed in memory, ordered by moment and id as the database orders it. */
public class InMemoryVerwijderingen implements Verwijderingen {

    private final List<Verwijdering> opslag = new ArrayList<>();

    @Override
    public synchronized void leg(Verwijdering verwijdering) {
        opslag.add(verwijdering);
    }

    @Override
    public synchronized Pagina<Verwijdering> zoek(Gemeentecode gemeente, Instant sinds, PaginaVerzoek verzoek) {
        Function<Verwijdering, String> sleutel = v -> v.op() + "|" + v.id();
        return InMemoryPaginering.pagina(List.copyOf(opslag).stream()
                        .filter(v -> v.gemeente().equals(gemeente))
                        .filter(v -> sinds == null || !v.op().isBefore(sinds)),
                Comparator.comparing(sleutel), sleutel, verzoek, List.of(gemeente, String.valueOf(sinds)));
    }

    public synchronized List<Verwijdering> alle() {
        return List.copyOf(opslag);
    }
}
