package nl.kernpunt.application.traject.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.application.traject.port.in.ParticipatietrajectQuery;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectId;

/** Trajecten for staff of their own gemeente only; another gemeente's traject does not exist for the reader. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipatietrajectQueryService implements ParticipatietrajectQuery {

    private final ParticipatietrajectRepository trajecten;
    private final Auditspoor auditspoor;
    private final Trajectweergaven weergaven;

    public ParticipatietrajectQueryService(ParticipatietrajectRepository trajecten, GemeenteRepository gemeenten,
                                           KernRepository kernen, Auditspoor auditspoor, Clock klok) {
        this.trajecten = trajecten;
        this.auditspoor = auditspoor;
        this.weergaven = new Trajectweergaven(gemeenten, kernen, klok);
    }

    @Override
    public GelezenTraject lees(TrajectId id, Gebruiker lezer) {
        return weergaven.van(eigen(id, lezer));
    }

    @Override
    public Pagina<GelezenTraject> zoek(TrajectFilter filter, PaginaVerzoek verzoek, Gebruiker lezer) {
        // whatever the caller put in the filter's gemeente, a reader lists their own gemeente only
        TrajectFilter eigen = new TrajectFilter(lezer.gemeente(), filter.kern(), filter.niveau(), filter.fase(),
                filter.eigenaar(), filter.openStap(), filter.gewijzigdSinds(), filter.stil(),
                weergaven.stiltegrenzen(lezer.gemeente()));
        return trajecten.zoek(eigen, verzoek).map(weergaven::van);
    }

    @Override
    public List<Auditregel> audit(TrajectId id, Gebruiker lezer) {
        eigen(id, lezer);
        return auditspoor.van(Auditsoort.PARTICIPATIETRAJECT, id.waarde());
    }

    /** A traject of another gemeente is reported exactly like a missing one. */
    private Participatietraject eigen(TrajectId id, Gebruiker lezer) {
        return trajecten.vind(id)
                .filter(t -> lezer.hoortBij(t.getGemeente()))
                .orElseThrow(() -> new NietGevonden("participatietraject", id));
    }
}
