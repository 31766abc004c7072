package nl.kernpunt.application.initiatief.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkt;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.VerlopenAfspraak;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;

/** Initiatives for their own gemeente's staff; the public status is {@link OpenbareStatusService}. */
@ApplicationScoped
// a read of personal data writes its processing log entry (docs/adr/0018), so it runs in a transaction
@Transactional
@Verwerkt(Handeling.RAADPLEGEN)
public class InitiatiefQueryService implements InitiatiefQuery {

    /** Enough to learn from; the list is for reading, not for paging through. */
    private static final int MAX_VERGELIJKBARE = 10;

    private final InitiatiefRepository initiatieven;
    private final Auditspoor auditspoor;
    private final Initiatiefweergaven weergaven;

    public InitiatiefQueryService(InitiatiefRepository initiatieven, KernRepository kernen,
                                  GemeenteRepository gemeenten, Auditspoor auditspoor, Clock klok) {
        this.initiatieven = initiatieven;
        this.auditspoor = auditspoor;
        this.weergaven = new Initiatiefweergaven(gemeenten, kernen, klok);
    }

    @Override
    public GelezenInitiatief lees(InitiatiefId id, Gebruiker lezer) {
        return weergaven.van(laad(id, lezer));
    }

    @Override
    public Pagina<GelezenInitiatief> zoek(Zoekvraag vraag, PaginaVerzoek verzoek, Gebruiker lezer) {
        Stiltegrenzen stilGrenzen = vraag.stil() == null ? null : weergaven.stiltegrenzen(lezer.gemeente());
        InitiatiefFilter filter = new InitiatiefFilter(lezer.gemeente(), vraag.kern(), vraag.status(), vraag.rol(),
                vraag.stil(), stilGrenzen, vraag.gewijzigdSinds(), vraag.spam());
        Pagina<Initiatief> pagina = initiatieven.zoek(filter, verzoek);
        return pagina.map(weergaven.voorGemeente(lezer.gemeente(), pagina.resultaten()));
    }

    @Override
    public List<GelezenInitiatief> vergelijkbare(InitiatiefId id, Gebruiker lezer) {
        List<Initiatief> vergelijkbare = initiatieven.vergelijkbare(laad(id, lezer), MAX_VERGELIJKBARE);
        return vergelijkbare.stream().map(weergaven.voorGemeente(lezer.gemeente(), vergelijkbare)).toList();
    }

    @Override
    public List<VerlopenAfspraak> verlopenAfspraken(KernId kern, String verantwoordelijke, Gebruiker lezer) {
        LocalDate vandaag = weergaven.vandaag();
        String persoon = verantwoordelijke == null || verantwoordelijke.isBlank() ? null : verantwoordelijke.strip();
        return initiatieven.verlopenAfspraken(lezer.gemeente(), kern, persoon, vandaag);
    }

    @Override
    public List<Auditregel> audit(InitiatiefId id, Gebruiker lezer) {
        Initiatief initiatief = laad(id, lezer);
        return auditspoor.van(Auditsoort.INITIATIEF, initiatief.getId().waarde());
    }

    private Initiatief laad(InitiatiefId id, Gebruiker lezer) {
        return initiatieven.vind(id)
                .filter(i -> lezer.hoortBij(i.getGemeente()))
                .orElseThrow(() -> new NietGevonden("initiatief", id));
    }
}
