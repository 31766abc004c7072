package nl.kernpunt.application.verwijdering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijdering;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.application.verwijdering.port.in.VerwijderingQuery;

/** Tombstones of the reader's own gemeente only; the token's gemeente decides, not a parameter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VerwijderingQueryService implements VerwijderingQuery {

    private final Verwijderingen verwijderingen;

    public VerwijderingQueryService(Verwijderingen verwijderingen) {
        this.verwijderingen = verwijderingen;
    }

    @Override
    public Pagina<Verwijdering> zoek(Instant gewijzigdSinds, PaginaVerzoek verzoek, Gebruiker lezer) {
        return verwijderingen.zoek(lezer.gemeente(), gewijzigdSinds, verzoek);
    }
}
