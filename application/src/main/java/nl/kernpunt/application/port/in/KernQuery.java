package nl.kernpunt.application.port.in;

import java.util.Optional;
import nl.kernpunt.application.port.out.KernFilter;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.OpenbareKern;

public interface KernQuery {

    Weergave<OpenbareKern, Kern> lees(KernId id, Optional<Gebruiker> lezer);

    Pagina<Weergave<OpenbareKern, Kern>> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer);
}
