package nl.kernpunt.adapter.rest.vraag;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.AuditspoorApiMapper;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.VragenApi;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Vraag;
import nl.kernpunt.api.model.VraagNieuw;
import nl.kernpunt.api.model.VraagPagina;
import nl.kernpunt.api.model.VraagStatus;
import nl.kernpunt.api.model.VraagWijziging;
import nl.kernpunt.api.model.VraagZoekopdracht;
import nl.kernpunt.api.model.VraagovergangNieuw;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.MarkeerVraagAlsSpamUseCase;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase;
import nl.kernpunt.application.vraag.port.in.VraagQuery;
import nl.kernpunt.application.vraag.port.in.WijzigVraagUseCase;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.VraagId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The vragen tag: staff-only, as a question holds the asker's personal data. Roles and tenancy
 * are the use cases' business, not this class's.
 */
public class VragenResource implements VragenApi {

    private final RegistreerVraagUseCase registreer;
    private final WijzigVraagUseCase wijzig;
    private final VoerVraagovergangUitUseCase overgang;
    private final MarkeerVraagAlsSpamUseCase spam;
    private final VraagQuery vragen;
    private final VraagApiMapper mapper;
    private final AuditspoorApiMapper audit;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public VragenResource(RegistreerVraagUseCase registreer, WijzigVraagUseCase wijzig,
                          VoerVraagovergangUitUseCase overgang, MarkeerVraagAlsSpamUseCase spam, VraagQuery vragen,
                          VraagApiMapper mapper,
                          AuditspoorApiMapper audit, HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent,
                          UriInfo uriInfo) {
        this.registreer = registreer;
        this.wijzig = wijzig;
        this.overgang = overgang;
        this.spam = spam;
        this.vragen = vragen;
        this.mapper = mapper;
        this.audit = audit;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<VraagPagina> zoekVragen(UUID kern, VraagStatus status, Boolean verlopen,
                                                Integer binnenDagen, OffsetDateTime updatedSince, Boolean spam,
                                                String cursor,
                                                Integer pageSize) {
        return zoek(kern, null, status, verlopen, binnenDagen, updatedSince, spam, cursor, pageSize);
    }

    /** The same search with a name, which belongs in a body, not a URL (docs/adr/0018). */
    @Override
    public RestResponse<VraagPagina> zoekVragenMetZoekopdracht(VraagZoekopdracht opdracht) {
        return zoek(opdracht.getKern(), opdracht.getPersoon(), opdracht.getStatus(), opdracht.getVerlopen(),
                opdracht.getBinnenDagen(), opdracht.getUpdatedSince(), opdracht.getSpam(), opdracht.getCursor(),
                opdracht.getPageSize());
    }

    private RestResponse<VraagPagina> zoek(UUID kern, String persoon, VraagStatus status, Boolean verlopen,
                                           Integer binnenDagen, OffsetDateTime updatedSince, Boolean spam,
                                           String cursor, Integer pageSize) {
        var vraag = new VraagQuery.Zoekvraag(kern == null ? null : new KernId(kern), persoon,
                status == null ? null : mapper.naarDomein(status), verlopen, binnenDagen,
                updatedSince == null ? null : updatedSince.toInstant(), Boolean.TRUE.equals(spam));
        return RestResponse.ok(mapper.naarDto(vragen.zoek(vraag, PaginaVerzoek.van(cursor, pageSize),
                gebruiker.vereist())));
    }

    @Override
    public RestResponse<Vraag> registreerVraag(VraagNieuw nieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "registreerVraag", nieuw, Vraag.class, () -> {
            GelezenVraag gelezen = registreer.registreer(new RegistreerVraagUseCase.Command(door,
                    new KernId(nieuw.getKern()), nieuw.getOnderwerp(), nieuw.getTekst(),
                    mapper.naarDomein(nieuw.getVrager()),
                    nieuw.getOntvangenOp() == null ? null : nieuw.getOntvangenOp().toInstant()));
            return Aangemaakt.van(mapper.naarDto(gelezen), uriInfo, VragenApi.class,
                    gelezen.vraag().getId().toString(), gelezen.vraag().getVersie());
        });
    }

    @Override
    public RestResponse<Vraag> leesVraag(UUID vraagId) {
        return antwoord(vragen.lees(new VraagId(vraagId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Vraag> wijzigVraag(UUID vraagId, VraagWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(wijzig.wijzig(new WijzigVraagUseCase.Command(gebruiker.vereist(), new VraagId(vraagId), versie,
                wijziging.getOnderwerp(), wijziging.getTekst(), mapper.naarDomein(wijziging.getVrager()))));
    }

    @Override
    public RestResponse<Vraag> voerVraagovergangUit(UUID vraagId, VraagovergangNieuw nieuw, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(overgang.voerUit(command(gebruiker.vereist(), new VraagId(vraagId), versie, nieuw)));
    }

    /** The contract has one body for every action; each action takes the fields it needs from it. */
    private VoerVraagovergangUitUseCase.Command command(Gebruiker door, VraagId vraag, long versie,
                                                        VraagovergangNieuw nieuw) {
        return switch (mapper.naarDomein(nieuw.getActie())) {
            case DOORZETTEN -> new VoerVraagovergangUitUseCase.Doorzetten(door, vraag, versie,
                    mapper.naarDomein(nieuw.getBehandelaar()));
            case PROCESANTWOORD -> new VoerVraagovergangUitUseCase.Procesantwoord(door, vraag, versie,
                    nieuw.getToelichting(), nieuw.getVerwachtAntwoordOp(), mapper.naarDomein(nieuw.getBehandelaar()));
            case BEANTWOORDEN -> new VoerVraagovergangUitUseCase.Beantwoorden(door, vraag, versie, nieuw.getToelichting());
            case WACHT_OP_INWONER -> new VoerVraagovergangUitUseCase.WachtOpInwoner(door, vraag, versie,
                    nieuw.getToelichting());
            case HERVATTEN -> new VoerVraagovergangUitUseCase.Hervatten(door, vraag, versie);
            case SLUITEN -> new VoerVraagovergangUitUseCase.Sluiten(door, vraag, versie, nieuw.getToelichting());
        };
    }

    @Override
    public RestResponse<Vraag> markeerVraagAlsSpam(UUID vraagId) {
        return antwoord(spam.markeerAlsSpam(new MarkeerVraagAlsSpamUseCase.Command(gebruiker.vereist(),
                new VraagId(vraagId))));
    }

    @Override
    public RestResponse<Auditspoor> leesVraagAudit(UUID vraagId) {
        return RestResponse.ok(audit.naarDto(vragen.audit(new VraagId(vraagId), gebruiker.vereist())));
    }

    private RestResponse<Vraag> antwoord(GelezenVraag gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.vraag().getVersie());
    }
}
