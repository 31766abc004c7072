package nl.kernpunt.adapter.rest.subsidie;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.SubsidiesApi;
import nl.kernpunt.api.model.Subsidieaanvraag;
import nl.kernpunt.api.model.SubsidieaanvraagNieuw;
import nl.kernpunt.api.model.Subsidieaanvragen;
import nl.kernpunt.api.model.SubsidieafwijzingNieuw;
import nl.kernpunt.api.model.Subsidiebudget;
import nl.kernpunt.api.model.Subsidieregeling;
import nl.kernpunt.api.model.SubsidieregelingNieuw;
import nl.kernpunt.api.model.SubsidieregelingWijziging;
import nl.kernpunt.api.model.Subsidieregelingen;
import nl.kernpunt.api.model.SubsidietoekenningNieuw;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.subsidie.port.in.ArchiveerSubsidieregelingUseCase;
import nl.kernpunt.application.subsidie.port.in.BetaalSubsidieUitUseCase;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieaanvraag;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.application.subsidie.port.in.KenSubsidieToeUseCase;
import nl.kernpunt.application.subsidie.port.in.LegSubsidieregelingAanUseCase;
import nl.kernpunt.application.subsidie.port.in.SubsidieQuery;
import nl.kernpunt.application.subsidie.port.in.VraagSubsidieAanUseCase;
import nl.kernpunt.application.subsidie.port.in.WijsSubsidieAfUseCase;
import nl.kernpunt.application.subsidie.port.in.WijzigSubsidieregelingUseCase;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The subsidies tag: staff only. Roles, tenancy and the caps are the use cases' business, not
 * this class's.
 */
public class SubsidiesResource implements SubsidiesApi {

    private static final String AANVRAGEN = "aanvragen/";
    private static final String REGELINGEN = "regelingen/";

    private final VraagSubsidieAanUseCase vraagAan;
    private final KenSubsidieToeUseCase kenToe;
    private final WijsSubsidieAfUseCase wijsAf;
    private final BetaalSubsidieUitUseCase betaalUit;
    private final WijzigSubsidieregelingUseCase wijzigRegeling;
    private final LegSubsidieregelingAanUseCase legRegelingAan;
    private final ArchiveerSubsidieregelingUseCase archiveerRegeling;
    private final SubsidieQuery subsidies;
    private final SubsidieApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public SubsidiesResource(VraagSubsidieAanUseCase vraagAan, KenSubsidieToeUseCase kenToe,
                             WijsSubsidieAfUseCase wijsAf, BetaalSubsidieUitUseCase betaalUit,
                             WijzigSubsidieregelingUseCase wijzigRegeling, LegSubsidieregelingAanUseCase legRegelingAan,
                             ArchiveerSubsidieregelingUseCase archiveerRegeling, SubsidieQuery subsidies,
                             SubsidieApiMapper mapper, HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent,
                             UriInfo uriInfo) {
        this.vraagAan = vraagAan;
        this.kenToe = kenToe;
        this.wijsAf = wijsAf;
        this.betaalUit = betaalUit;
        this.wijzigRegeling = wijzigRegeling;
        this.legRegelingAan = legRegelingAan;
        this.archiveerRegeling = archiveerRegeling;
        this.subsidies = subsidies;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<Subsidieregelingen> zoekSubsidieregelingen() {
        return RestResponse.ok(new Subsidieregelingen().resultaten(subsidies.regelingen(gebruiker.vereist()).stream()
                .map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Subsidieregeling> leesSubsidieregeling(String regeling) {
        return antwoord(subsidies.regeling(mapper.naarDomein(regeling), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Subsidieregeling> wijzigSubsidieregeling(String regeling,
                                                                 SubsidieregelingWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(wijzigRegeling.wijzig(new WijzigSubsidieregelingUseCase.Command(gebruiker.vereist(),
                mapper.naarDomein(regeling), versie, wijziging.getNaam(), mapper.bedrag(wijziging.getBedrag()),
                mapper.doeltoets(wijziging.getDoeltoets()))));
    }

    @Override
    public RestResponse<Subsidieregeling> legSubsidieregelingAan(SubsidieregelingNieuw nieuw) {
        var regeling = legRegelingAan.legAan(new LegSubsidieregelingAanUseCase.Command(gebruiker.vereist(),
                mapper.naarDomein(nieuw.getCode()), nieuw.getNaam(), mapper.naarDomein(nieuw.getBudgetsoort()),
                mapper.naarDomein(nieuw.getOntvangersoort()), mapper.bedrag(nieuw.getBedrag()),
                mapper.uitgeslotenNaarDomein(nieuw.getUitgeslotenKosten()), mapper.doeltoets(nieuw.getDoeltoets())));
        return Aangemaakt.van(mapper.naarDto(regeling), uriInfo, SubsidiesApi.class,
                REGELINGEN + regeling.regeling().getCode(), regeling.regeling().getVersie()).alsAntwoord();
    }

    @Override
    public RestResponse<Subsidieregeling> archiveerSubsidieregeling(String regeling, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(archiveerRegeling.archiveer(new ArchiveerSubsidieregelingUseCase.Command(gebruiker.vereist(),
                mapper.naarDomein(regeling), versie)));
    }

    @Override
    public RestResponse<Subsidiebudget> leesSubsidiebudget(String regeling, Integer jaar, UUID kern, String ontvanger) {
        return RestResponse.ok(mapper.naarDto(subsidies.budget(mapper.naarDomein(regeling), jaar,
                kern == null ? null : new KernId(kern), ontvanger, gebruiker.vereist())));
    }

    @Override
    public RestResponse<Subsidieaanvragen> zoekSubsidieaanvragen(UUID initiatiefId, OffsetDateTime updatedSince,
                                                                 String cursor, Integer pageSize) {
        var pagina = subsidies.zoek(initiatiefId == null ? null : new InitiatiefId(initiatiefId),
                updatedSince == null ? null : updatedSince.toInstant(), PaginaVerzoek.van(cursor, pageSize),
                gebruiker.vereist());
        return RestResponse.ok(new Subsidieaanvragen().resultaten(pagina.resultaten().stream().map(mapper::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor()));
    }

    @Override
    public RestResponse<Subsidieaanvraag> vraagSubsidieAan(SubsidieaanvraagNieuw nieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "vraagSubsidieAan", nieuw, Subsidieaanvraag.class, () -> {
            var aanvraag = vraagAan.vraagAan(new VraagSubsidieAanUseCase.Command(door,
                    new InitiatiefId(nieuw.getInitiatiefId()), mapper.naarDomein(nieuw.getRegeling()), nieuw.getJaar(),
                    nieuw.getOntvanger(), nieuw.getOmschrijving(), mapper.begrotingNaarDomein(nieuw.getBegroting()),
                    mapper.naarDomein(nieuw.getBijeenkomst())));
            return Aangemaakt.van(mapper.naarDto(aanvraag), uriInfo, SubsidiesApi.class,
                    AANVRAGEN + aanvraag.aanvraag().getId(), aanvraag.aanvraag().getVersie());
        });
    }

    @Override
    public RestResponse<Subsidieaanvraag> leesSubsidieaanvraag(UUID aanvraagId) {
        return antwoord(subsidies.lees(new AanvraagId(aanvraagId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Subsidieaanvraag> kenSubsidieToe(UUID aanvraagId, SubsidietoekenningNieuw toekenning,
                                                         String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(kenToe.kenToe(new KenSubsidieToeUseCase.Command(gebruiker.vereist(),
                new AanvraagId(aanvraagId), versie, mapper.bedrag(toekenning.getBedrag()),
                mapper.criteriaNaarDomein(toekenning.getCriteria()), mapper.doeltoetsNaarDomein(toekenning.getDoeltoets()),
                mapper.naarDomein(toekenning.getCollegebesluit()))));
    }

    @Override
    public RestResponse<Subsidieaanvraag> wijsSubsidieAf(UUID aanvraagId, SubsidieafwijzingNieuw afwijzing,
                                                         String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(wijsAf.wijsAf(new WijsSubsidieAfUseCase.Command(gebruiker.vereist(),
                new AanvraagId(aanvraagId), versie, afwijzing.getMotivering(),
                mapper.criteriaNaarDomein(afwijzing.getCriteria()), mapper.doeltoetsNaarDomein(afwijzing.getDoeltoets()),
                mapper.naarDomein(afwijzing.getCollegebesluit()))));
    }

    @Override
    public RestResponse<Subsidieaanvraag> betaalSubsidieUit(UUID aanvraagId, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return antwoord(betaalUit.betaalUit(new BetaalSubsidieUitUseCase.Command(gebruiker.vereist(),
                new AanvraagId(aanvraagId), versie)));
    }

    private RestResponse<Subsidieaanvraag> antwoord(GelezenSubsidieaanvraag gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.aanvraag().getVersie());
    }

    private RestResponse<Subsidieregeling> antwoord(GelezenSubsidieregeling gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.regeling().getVersie());
    }
}
