package nl.kernpunt.application.gemeente.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.in.GelezenGemeente;
import nl.kernpunt.application.gemeente.port.in.GemeenteQuery;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GemeenteQueryService implements GemeenteQuery {

    private final GemeenteRepository gemeenten;

    public GemeenteQueryService(GemeenteRepository gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public GelezenGemeente lees(Gemeentecode code, Optional<Gebruiker> lezer) {
        Gemeente gemeente = gemeenten.vind(code).orElseThrow(() -> new NietGevonden("gemeente", code));
        return GelezenGemeente.voor(gemeente, lezer);
    }

    @Override
    public Pagina<GelezenGemeente> zoek(PaginaVerzoek verzoek) {
        return gemeenten.zoek(verzoek).map(GelezenGemeente::openbaar);
    }
}
