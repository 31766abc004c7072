package nl.kernpunt.application.gedeeld.paginering;

import java.util.List;
import java.util.function.Function;

/** One page of results and the opaque cursor of the next one ({@code null} on the last page). */
public record Pagina<T>(List<T> resultaten, String volgendeCursor) {

    public Pagina {
        resultaten = List.copyOf(resultaten);
    }

    public <U> Pagina<U> map(Function<T, U> omzetting) {
        return new Pagina<>(resultaten.stream().map(omzetting).toList(), volgendeCursor);
    }
}
