package nl.kernpunt.application.gemeente.port.in;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public interface GemeenteQuery {

    GelezenGemeente lees(Gemeentecode code, Optional<Gebruiker> lezer);

    /** The list shows public facts only; a gemeente's own staff read the details one by one. */
    Pagina<GelezenGemeente> zoek(PaginaVerzoek verzoek);
}
