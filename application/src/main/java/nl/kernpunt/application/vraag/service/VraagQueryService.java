package nl.kernpunt.application.vraag.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.OpenbareVraagstatus;
import nl.kernpunt.application.vraag.port.in.VraagQuery;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;

/** Questions for their own gemeente's staff, each with its term as it stands now. */
@ApplicationScoped
// a read of personal data writes its processing log entry (docs/adr/0018), so it runs in a transaction
@Transactional
@Verwerkt(Handeling.RAADPLEGEN)
public class VraagQueryService implements VraagQuery {

    /** The longest term a gemeente may set; looking further ahead lists every running question anyway. */
    private static final int MAX_BINNEN_DAGEN = 60;

    private final VraagRepository vragen;
    private final KernRepository kernen;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public VraagQueryService(VraagRepository vragen, KernRepository kernen, Auditspoor auditspoor, Clock klok) {
        this.vragen = vragen;
        this.kernen = kernen;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenVraag lees(VraagId id, Gebruiker lezer) {
        return GelezenVraag.op(VraagService.laad(vragen, lezer, id), klok.instant());
    }

    @Override
    public Pagina<GelezenVraag> zoek(Zoekvraag vraag, PaginaVerzoek verzoek, Gebruiker lezer) {
        Instant nu = klok.instant();
        String persoon = vraag.persoon() == null || vraag.persoon().isBlank() ? null : vraag.persoon().strip();
        VraagFilter filter = new VraagFilter(lezer.gemeente(), vraag.kern(), persoon, vraag.status(), vraag.verlopen(),
                deadlineTot(vraag.binnenDagen(), nu), nu, vraag.gewijzigdSinds(), vraag.spam());
        return vragen.zoek(filter, verzoek).map(v -> GelezenVraag.op(v, nu));
    }

    @Override
    public OpenbareVraagstatus openbaar(PubliekeReferentie referentie) {
        Vraag vraag = vragen.vindOpReferentie(referentie).orElseThrow(() -> new NietGevonden("vraag", referentie));
        String kernnaam = kernen.vind(vraag.getKern()).map(k -> k.getProfiel().naam()).orElse(null);
        return new OpenbareVraagstatus(vraag.openbaar(klok.instant()), kernnaam);
    }

    @Override
    public List<Auditregel> audit(VraagId id, Gebruiker lezer) {
        return auditspoor.van(Auditsoort.VRAAG, VraagService.laad(vragen, lezer, id).getId().waarde());
    }

    /** N days ahead on the Dutch wall clock, as the deadlines themselves are counted. */
    private static Instant deadlineTot(Integer binnenDagen, Instant nu) {
        if (binnenDagen == null) {
            return null;
        }
        if (binnenDagen < 0 || binnenDagen > MAX_BINNEN_DAGEN) {
            throw new OngeldigeWaarde("binnenDagen", "buiten-bereik", "moet tussen 0 en " + MAX_BINNEN_DAGEN + " liggen");
        }
        return nu.atZone(Antwoordtermijn.TIJDZONE).plusDays(binnenDagen).toInstant();
    }
}
