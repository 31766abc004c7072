package nl.kernpunt.application.kern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.application.kern.port.in.KernQuery;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.kern.KernId;

/** Public kern facts for anyone; the whole kern only for staff of its own gemeente. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KernQueryService implements KernQuery {

    private final KernRepository kernen;

    public KernQueryService(KernRepository kernen) {
        this.kernen = kernen;
    }

    @Override
    public GelezenKern lees(KernId id, Optional<Gebruiker> lezer) {
        return kernen.vind(id)
                .map(kern -> GelezenKern.voor(kern, lezer))
                .orElseThrow(() -> new NietGevonden("kern", id));
    }

    @Override
    public Pagina<GelezenKern> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer) {
        return kernen.zoek(filter, verzoek).map(kern -> GelezenKern.voor(kern, lezer));
    }
}
