package nl.kernpunt.application.bijeenkomst.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.port.in.BijeenkomstQuery;
import nl.kernpunt.application.bijeenkomst.port.in.GelezenBijeenkomst;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;

/** Meetings for staff of their own gemeente only; another gemeente's meeting does not exist for the reader. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BijeenkomstQueryService implements BijeenkomstQuery {

    private final BijeenkomstRepository bijeenkomsten;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public BijeenkomstQueryService(BijeenkomstRepository bijeenkomsten, Auditspoor auditspoor, Clock klok) {
        this.bijeenkomsten = bijeenkomsten;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenBijeenkomst lees(BijeenkomstId id, Gebruiker lezer) {
        return GelezenBijeenkomst.op(eigen(id, lezer), klok);
    }

    @Override
    public Pagina<GelezenBijeenkomst> zoek(BijeenkomstFilter filter, boolean alleenVerlopen, PaginaVerzoek verzoek,
                                           Gebruiker lezer) {
        // whatever the caller put in the filter's gemeente, a reader lists their own gemeente only
        BijeenkomstFilter eigen = new BijeenkomstFilter(lezer.gemeente(), filter.kern(), filter.van(), filter.tot(),
                alleenVerlopen ? Bijeenkomst.vandaag(klok) : null, filter.gewijzigdSinds());
        return bijeenkomsten.zoek(eigen, verzoek).map(b -> GelezenBijeenkomst.op(b, klok));
    }

    @Override
    public List<Auditregel> audit(BijeenkomstId id, Gebruiker lezer) {
        eigen(id, lezer);
        return auditspoor.van(Auditsoort.BIJEENKOMST, id.waarde());
    }

    /** A meeting of another gemeente is reported exactly like a missing one. */
    private Bijeenkomst eigen(BijeenkomstId id, Gebruiker lezer) {
        return bijeenkomsten.vind(id)
                .filter(b -> lezer.hoortBij(b.getGemeente()))
                .orElseThrow(() -> new NietGevonden(Auditsoort.BIJEENKOMST, id));
    }
}
