package nl.kernpunt.application.verwijdering.port.in;

import java.time.Instant;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijdering;

/** The reader's own gemeente's tombstones, for delta sync (docs/adr/0019). */
public interface VerwijderingQuery {

    Pagina<Verwijdering> zoek(Instant gewijzigdSinds, PaginaVerzoek verzoek, Gebruiker lezer);
}
