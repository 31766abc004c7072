package nl.kernpunt.application.kern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.Weergave;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.in.KernQuery;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.OpenbareKern;

/** Public kern facts for anyone; the whole kern only for staff of its own gemeente. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KernQueryService implements KernQuery {

    private final KernRepository kernen;

    public KernQueryService(KernRepository kernen) {
        this.kernen = kernen;
    }

    @Override
    public Weergave<OpenbareKern, Kern> lees(KernId id, Optional<Gebruiker> lezer) {
        return kernen.vind(id)
                .map(kern -> weergave(kern, lezer))
                .orElseThrow(() -> new NietGevonden("kern", id));
    }

    @Override
    public Pagina<Weergave<OpenbareKern, Kern>> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer) {
        return kernen.zoek(filter, verzoek).map(kern -> weergave(kern, lezer));
    }

    private static Weergave<OpenbareKern, Kern> weergave(Kern kern, Optional<Gebruiker> lezer) {
        return lezer.filter(g -> g.hoortBij(kern.getGemeente())).isPresent()
                ? Weergave.volledig(kern.openbaar(), kern, kern.getVersie())
                : Weergave.alleenOpenbaar(kern.openbaar(), kern.getVersie());
    }
}
