package nl.kernpunt.adapter.rest.initiatief;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.AuditspoorApiMapper;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.InitiatievenApi;
import nl.kernpunt.api.model.AfspraakAfhandeling;
import nl.kernpunt.api.model.AfspraakNieuw;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.ContactmomentNieuw;
import nl.kernpunt.api.model.Initiatief;
import nl.kernpunt.api.model.InitiatiefNieuw;
import nl.kernpunt.api.model.InitiatiefPagina;
import nl.kernpunt.api.model.InitiatiefStatus;
import nl.kernpunt.api.model.InitiatiefWijziging;
import nl.kernpunt.api.model.Rol;
import nl.kernpunt.api.model.RolbepalingNieuw;
import nl.kernpunt.api.model.Stap;
import nl.kernpunt.api.model.StapuitkomstNieuw;
import nl.kernpunt.api.model.StatusovergangNieuw;
import nl.kernpunt.api.model.UitdagingsbesluitNieuw;
import nl.kernpunt.api.model.VergelijkbareInitiatieven;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.initiatief.port.in.BepaalRolUseCase;
import nl.kernpunt.application.initiatief.port.in.BeslisOverUitdagingUseCase;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.HandelAfspraakAfUseCase;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.application.initiatief.port.in.LegContactmomentVastUseCase;
import nl.kernpunt.application.initiatief.port.in.LegInitiatiefstapVastUseCase;
import nl.kernpunt.application.initiatief.port.in.MaakAfspraakUseCase;
import nl.kernpunt.application.initiatief.port.in.MarkeerInitiatiefAlsSpamUseCase;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.initiatief.port.in.WijzigInitiatiefUseCase;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The initiatieven tag: staff-only, as initiatives hold the initiators' personal data. Roles and
 * tenancy are the use cases' business, not this class's.
 */
public class InitiatievenResource implements InitiatievenApi {

    private final DienInitiatiefInUseCase dienIn;
    private final WijzigInitiatiefUseCase wijzig;
    private final VoerStatusovergangUitUseCase statusovergang;
    private final BepaalRolUseCase bepaalRol;
    private final LegContactmomentVastUseCase contactmoment;
    private final MaakAfspraakUseCase maakAfspraak;
    private final HandelAfspraakAfUseCase handelAfspraakAf;
    private final LegInitiatiefstapVastUseCase legStapVast;
    private final MarkeerInitiatiefAlsSpamUseCase spam;
    private final BeslisOverUitdagingUseCase beslisOverUitdaging;
    private final InitiatiefQuery initiatieven;
    private final InitiatiefApiMapper mapper;
    private final AuditspoorApiMapper audit;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public InitiatievenResource(DienInitiatiefInUseCase dienIn, WijzigInitiatiefUseCase wijzig,
                                VoerStatusovergangUitUseCase statusovergang, BepaalRolUseCase bepaalRol,
                                LegContactmomentVastUseCase contactmoment, MaakAfspraakUseCase maakAfspraak,
                                HandelAfspraakAfUseCase handelAfspraakAf, LegInitiatiefstapVastUseCase legStapVast,
                                MarkeerInitiatiefAlsSpamUseCase spam, BeslisOverUitdagingUseCase beslisOverUitdaging,
                                InitiatiefQuery initiatieven,
                                InitiatiefApiMapper mapper, AuditspoorApiMapper audit, HuidigeGebruiker gebruiker,
                                IdempotenteAanmaak idempotent, UriInfo uriInfo) {
        this.dienIn = dienIn;
        this.wijzig = wijzig;
        this.statusovergang = statusovergang;
        this.bepaalRol = bepaalRol;
        this.contactmoment = contactmoment;
        this.maakAfspraak = maakAfspraak;
        this.handelAfspraakAf = handelAfspraakAf;
        this.legStapVast = legStapVast;
        this.spam = spam;
        this.beslisOverUitdaging = beslisOverUitdaging;
        this.initiatieven = initiatieven;
        this.mapper = mapper;
        this.audit = audit;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<InitiatiefPagina> zoekInitiatieven(UUID kern, InitiatiefStatus status, Rol rol, Boolean stil,
                                                           Boolean spam, OffsetDateTime updatedSince, String cursor,
                                                           Integer pageSize) {
        var vraag = new InitiatiefQuery.Zoekvraag(kern == null ? null : new KernId(kern),
                status == null ? null : mapper.naarDomein(status), rol == null ? null : mapper.naarDomein(rol), stil,
                updatedSince == null ? null : updatedSince.toInstant(), Boolean.TRUE.equals(spam));
        return RestResponse.ok(mapper.naarDto(initiatieven.zoek(vraag, PaginaVerzoek.van(cursor, pageSize),
                gebruiker.vereist())));
    }

    @Override
    public RestResponse<Initiatief> dienInitiatiefIn(InitiatiefNieuw nieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "dienInitiatiefIn", nieuw, Initiatief.class, () -> {
            GelezenInitiatief gelezen = dienIn.dienIn(new DienInitiatiefInUseCase.Command(door,
                    new KernId(nieuw.getKern()), mapper.naarGegevens(nieuw)));
            return Aangemaakt.van(mapper.naarDto(gelezen), uriInfo, InitiatievenApi.class,
                    gelezen.initiatief().getId().toString(), gelezen.initiatief().getVersie());
        });
    }

    @Override
    public RestResponse<Initiatief> leesInitiatief(UUID initiatiefId) {
        return antwoord(initiatieven.lees(new InitiatiefId(initiatiefId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Initiatief> wijzigInitiatief(UUID initiatiefId, InitiatiefWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(wijzig.wijzig(new WijzigInitiatiefUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, mapper.naarGegevens(wijziging))));
    }

    @Override
    public RestResponse<Initiatief> voerStatusovergangUit(UUID initiatiefId, StatusovergangNieuw overgang,
                                                          String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(statusovergang.voerUit(new VoerStatusovergangUitUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, mapper.naarDomein(overgang.getNaar()), overgang.getReden())));
    }

    @Override
    public RestResponse<Initiatief> beslisOverUitdaging(UUID initiatiefId, UitdagingsbesluitNieuw besluit,
                                                        String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(beslisOverUitdaging.beslis(new BeslisOverUitdagingUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, besluit.getAanvaard(), besluit.getReden())));
    }

    @Override
    public RestResponse<Initiatief> bepaalRol(UUID initiatiefId, RolbepalingNieuw bepaling, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(bepaalRol.bepaal(new BepaalRolUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, mapper.naarDomein(bepaling.getRol()), bepaling.getReden())));
    }

    @Override
    public RestResponse<Initiatief> legContactmomentVast(UUID initiatiefId, ContactmomentNieuw contact) {
        return antwoord(contactmoment.legVast(new LegContactmomentVastUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), contact.getOp().toInstant(), mapper.naarDomein(contact.getKanaal()),
                contact.getSamenvatting())));
    }

    @Override
    public RestResponse<Initiatief> maakAfspraak(UUID initiatiefId, AfspraakNieuw afspraak, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(maakAfspraak.maak(new MaakAfspraakUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, afspraak.getWat(), mapper.naarDomein(afspraak.getDoor()),
                afspraak.getVerantwoordelijke(), afspraak.getDeadline())));
    }

    @Override
    public RestResponse<Initiatief> handelAfspraakAf(UUID initiatiefId, UUID afspraakId,
                                                     AfspraakAfhandeling afhandeling, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(handelAfspraakAf.handelAf(new HandelAfspraakAfUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, afspraakId, mapper.naarDomein(afhandeling.getStatus()),
                afhandeling.getReden())));
    }

    @Override
    public RestResponse<Initiatief> legStapVast(UUID initiatiefId, Stap stap, StapuitkomstNieuw uitkomst, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(legStapVast.legVast(new LegInitiatiefstapVastUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId), versie, mapper.naarDomein(stap), uitkomst.getUitkomst(),
                uitkomst.getDatum())));
    }

    @Override
    public RestResponse<VergelijkbareInitiatieven> zoekVergelijkbareInitiatieven(UUID initiatiefId) {
        return RestResponse.ok(new VergelijkbareInitiatieven().resultaten(initiatieven
                .vergelijkbare(new InitiatiefId(initiatiefId), gebruiker.vereist()).stream()
                .map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Initiatief> markeerInitiatiefAlsSpam(UUID initiatiefId) {
        return antwoord(spam.markeerAlsSpam(new MarkeerInitiatiefAlsSpamUseCase.Command(gebruiker.vereist(),
                new InitiatiefId(initiatiefId))));
    }

    @Override
    public RestResponse<Auditspoor> leesInitiatiefAudit(UUID initiatiefId) {
        return RestResponse.ok(audit.naarDto(initiatieven.audit(new InitiatiefId(initiatiefId), gebruiker.vereist())));
    }

    private RestResponse<Initiatief> antwoord(GelezenInitiatief gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.initiatief().getVersie());
    }
}
