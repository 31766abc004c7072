package nl.kernpunt.application.gemeente.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public interface GemeenteRepository {

    Optional<Gemeente> vind(Gemeentecode code);

    /** The gemeenten with these codes that exist, in no particular order. */
    List<Gemeente> vindAlle(Collection<Gemeentecode> codes);

    boolean bestaat(Gemeentecode code);

    /** Stores a new gemeente and returns it as stored. */
    Gemeente voegToe(Gemeente gemeente);

    /**
     * Stores the changes of a loaded gemeente; fails with {@code VersieVerouderd} when another
     * transaction changed it since it was loaded.
     */
    Gemeente bewaar(Gemeente gemeente);

    /** Ordered by code. */
    Pagina<Gemeente> zoek(PaginaVerzoek verzoek);
}
