package nl.kernpunt.application.port.in;

import java.util.Optional;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.OpenbareGemeente;

public interface GemeenteQuery {

    Weergave<OpenbareGemeente, Gemeente> lees(Gemeentecode code, Optional<Gebruiker> lezer);

    /** The list shows public facts only; a gemeente's own staff read the details one by one. */
    Pagina<OpenbareGemeente> zoek(PaginaVerzoek verzoek);
}
