package nl.kernpunt.application.kern.port.in;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.Weergave;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.OpenbareKern;

public interface KernQuery {

    Weergave<OpenbareKern, Kern> lees(KernId id, Optional<Gebruiker> lezer);

    Pagina<Weergave<OpenbareKern, Kern>> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer);
}
