package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.kernpunt.application.gebeurtenis.Cloudevent;
import nl.kernpunt.application.gebeurtenis.Gebeurteniscatalogus;
import nl.kernpunt.application.gebeurtenis.Gebeurtenisinstellingen;
import nl.kernpunt.application.gebeurtenis.port.in.LeesGebeurtenissenQuery;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The feed. Every member of staff reads it (an integrator's client gets a medewerker token); a client
 * that stores the last cursor resumes exactly after the last event it read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GebeurtenisQueryService implements LeesGebeurtenissenQuery {

    private final Gebeurtenissen gebeurtenissen;
    private final GebeurtenisnummerService nummering;
    private final Gebeurtenisinstellingen instellingen;

    public GebeurtenisQueryService(Gebeurtenissen gebeurtenissen, GebeurtenisnummerService nummering,
                                   Gebeurtenisinstellingen instellingen) {
        this.gebeurtenissen = gebeurtenissen;
        this.nummering = nummering;
        this.instellingen = instellingen;
    }

    /**
     * Numbers what has been committed without a number first (a no-op check when there is none), so a
     * client that wrote and then reads finds its event; the page is read after that step committed.
     */
    @Override
    public Pagina<Cloudevent> lees(Gebruiker gebruiker, PaginaVerzoek verzoek, Optional<String> type) {
        type.ifPresent(GebeurtenisQueryService::vereisBekendType);
        nummering.nummer(gebruiker.gemeente());
        return gebeurtenissen.pagina(gebruiker.gemeente(), type, verzoek).map(g -> Cloudevent.van(g, instellingen));
    }

    static void vereisBekendType(String type) {
        if (!Gebeurteniscatalogus.typen().contains(type)) {
            throw new OngeldigeWaarde("type", "type-onbekend", "is geen gebeurtenistype uit de catalogus");
        }
    }
}
