package nl.kernpunt.application.gemeente.port.in;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.Weergave;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.OpenbareGemeente;

public interface GemeenteQuery {

    Weergave<OpenbareGemeente, Gemeente> lees(Gemeentecode code, Optional<Gebruiker> lezer);

    /** The list shows public facts only; a gemeente's own staff read the details one by one. */
    Pagina<OpenbareGemeente> zoek(PaginaVerzoek verzoek);
}
