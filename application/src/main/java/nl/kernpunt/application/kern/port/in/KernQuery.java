package nl.kernpunt.application.kern.port.in;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.domain.kern.KernId;

public interface KernQuery {

    GelezenKern lees(KernId id, Optional<Gebruiker> lezer);

    Pagina<GelezenKern> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer);
}
