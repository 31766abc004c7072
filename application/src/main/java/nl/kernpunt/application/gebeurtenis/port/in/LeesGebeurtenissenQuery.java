package nl.kernpunt.application.gebeurtenis.port.in;

import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;

/** The own gemeente's event feed, oldest first, from a cursor; any member of staff. */
public interface LeesGebeurtenissenQuery {

    Pagina<Cloudevent> lees(Gebruiker gebruiker, PaginaVerzoek verzoek, Optional<String> type);
}
