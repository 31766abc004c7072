package nl.kernpunt.adapter.zaaksysteem.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of a ZGW list; we only ever need the first, as our filters match at most a handful. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZgwPagina<T>(List<T> results) {

    public List<T> resultaten() {
        return results == null ? List.of() : results;
    }
}
