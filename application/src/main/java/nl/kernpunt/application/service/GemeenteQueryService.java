package nl.kernpunt.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.fout.NietGevonden;
import nl.kernpunt.application.port.in.GemeenteQuery;
import nl.kernpunt.application.port.in.Weergave;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
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
