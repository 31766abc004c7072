package nl.kernpunt.application.gemeente.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.Weergave;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.in.GemeenteQuery;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.OpenbareGemeente;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GemeenteQueryService implements GemeenteQuery {

    private final GemeenteRepository gemeenten;

    public GemeenteQueryService(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public Weergave<OpenbareGemeente, Gemeente> lees(Gemeentecode code, Optional<Gebruiker> lezer) {
        Gemeente gemeente = gemeenten.vind(code).orElseThrow(() -> new NietGevonden("gemeente", code));
        return lezer.filter(g -> g.hoortBij(code)).isPresent()
                ? Weergave.volledig(gemeente.openbaar(), gemeente, gemeente.getVersie())
                : Weergave.alleenOpenbaar(gemeente.openbaar(), gemeente.getVersie());
    }

    @Override
    public Pagina<OpenbareGemeente> zoek(PaginaVerzoek verzoek) {
        return gemeenten.zoek(verzoek).map(Gemeente::openbaar);
    }
}
