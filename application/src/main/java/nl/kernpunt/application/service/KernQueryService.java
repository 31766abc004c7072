package nl.kernpunt.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.fout.NietGevonden;
import nl.kernpunt.application.port.in.KernQuery;
import nl.kernpunt.application.port.in.Weergave;
import nl.kernpunt.application.port.out.KernFilter;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
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
