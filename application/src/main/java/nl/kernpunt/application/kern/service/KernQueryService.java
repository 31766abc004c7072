package nl.kernpunt.application.kern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.application.kern.port.in.KernQuery;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * Public kern facts for anyone, the kernambtenaar's contact details as their gemeente publishes them;
 * the whole kern only for staff of its own gemeente.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KernQueryService implements KernQuery {

    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;

    public KernQueryService(KernRepository kernen, GemeenteRepository gemeenten) {
        this.kernen = kernen;
        this.gemeenten = gemeenten;
    }

    @Override
    public GelezenKern lees(KernId id, Optional<Gebruiker> lezer) {
        return kernen.vind(id)
                .map(kern -> GelezenKern.voor(kern, lezer, gemeente -> Instellingen.van(gemeenten, gemeente)))
                .orElseThrow(() -> new NietGevonden("kern", id));
    }

    /** The settings of the page's other gemeenten in one read, however many gemeenten the page spans. */
    @Override
    public Pagina<GelezenKern> zoek(KernFilter filter, PaginaVerzoek verzoek, Optional<Gebruiker> lezer) {
        Pagina<Kern> pagina = kernen.zoek(filter, verzoek);
        // own staff see the whole kern: only other gemeenten's publication settings are needed
        Function<Gemeentecode, GemeenteInstellingen> instellingen = Instellingen.vanAlle(gemeenten,
                pagina.resultaten().stream().map(Kern::getGemeente)
                        .filter(gemeente -> lezer.filter(gebruiker -> gebruiker.hoortBij(gemeente)).isEmpty())
                        .collect(Collectors.toSet()));
        return pagina.map(kern -> GelezenKern.voor(kern, lezer, instellingen));
    }
}
