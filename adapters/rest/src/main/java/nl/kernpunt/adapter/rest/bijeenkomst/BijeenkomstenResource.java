package nl.kernpunt.adapter.rest.bijeenkomst;

import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.AuditspoorApiMapper;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.BijeenkomstenApi;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Bijeenkomst;
import nl.kernpunt.api.model.BijeenkomstGegevens;
import nl.kernpunt.api.model.BijeenkomstPagina;
import nl.kernpunt.api.model.TerugkoppelingNieuw;
import nl.kernpunt.application.bijeenkomst.port.in.BijeenkomstQuery;
import nl.kernpunt.application.bijeenkomst.port.in.GelezenBijeenkomst;
import nl.kernpunt.application.bijeenkomst.port.in.LegBijeenkomstVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.LegTerugkoppelingVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.WijzigBijeenkomstUseCase;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The bijeenkomsten tag. Every operation needs a token: the minutes may name people, so meetings
 * are staff work (docs/adr/0010). Roles, tenancy and the rules are the use cases' business.
 */
public class BijeenkomstenResource implements BijeenkomstenApi {

    private final LegBijeenkomstVastUseCase legVast;
    private final WijzigBijeenkomstUseCase wijzig;
    private final LegTerugkoppelingVastUseCase terugkoppeling;
    private final BijeenkomstQuery bijeenkomsten;
    private final BijeenkomstApiMapper mapper;
    private final AuditspoorApiMapper audit;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public BijeenkomstenResource(LegBijeenkomstVastUseCase legVast, WijzigBijeenkomstUseCase wijzig,
                                 LegTerugkoppelingVastUseCase terugkoppeling, BijeenkomstQuery bijeenkomsten,
                                 BijeenkomstApiMapper mapper, AuditspoorApiMapper audit, HuidigeGebruiker gebruiker,
                                 IdempotenteAanmaak idempotent, UriInfo uriInfo) {
        this.legVast = legVast;
        this.wijzig = wijzig;
        this.terugkoppeling = terugkoppeling;
        this.bijeenkomsten = bijeenkomsten;
        this.mapper = mapper;
        this.audit = audit;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<BijeenkomstPagina> zoekBijeenkomsten(UUID kern, LocalDate van, LocalDate tot,
                                                             Boolean terugkoppelingVerlopen, OffsetDateTime updatedSince,
                                                             String cursor, Integer pageSize) {
        var pagina = bijeenkomsten.zoek(mapper.naarFilter(kern, van, tot, updatedSince), Boolean.TRUE.equals(terugkoppelingVerlopen),
                PaginaVerzoek.van(cursor, pageSize), gebruiker.vereist());
        return RestResponse.ok(mapper.naarDto(pagina));
    }

    @Override
    public RestResponse<Bijeenkomst> legBijeenkomstVast(BijeenkomstGegevens gegevens, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "legBijeenkomstVast", gegevens, Bijeenkomst.class, () -> {
            var gelezen = legVast.legVast(new LegBijeenkomstVastUseCase.Command(door, mapper.naarDomein(gegevens)));
            return Aangemaakt.van(mapper.naarDto(gelezen), uriInfo, BijeenkomstenApi.class,
                    gelezen.bijeenkomst().getId().toString(), gelezen.bijeenkomst().getVersie());
        });
    }

    @Override
    public RestResponse<Bijeenkomst> leesBijeenkomst(UUID bijeenkomstId) {
        return gelezen(bijeenkomsten.lees(new BijeenkomstId(bijeenkomstId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Bijeenkomst> wijzigBijeenkomst(UUID bijeenkomstId, BijeenkomstGegevens gegevens, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(wijzig.wijzig(new WijzigBijeenkomstUseCase.Command(gebruiker.vereist(),
                new BijeenkomstId(bijeenkomstId), versie, mapper.naarDomein(gegevens))));
    }

    @Override
    public RestResponse<Bijeenkomst> legTerugkoppelingVast(UUID bijeenkomstId, TerugkoppelingNieuw nieuw, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(terugkoppeling.legTerugkoppelingVast(new LegTerugkoppelingVastUseCase.Command(gebruiker.vereist(),
                new BijeenkomstId(bijeenkomstId), versie, nieuw.getDatum(), nieuw.getWijze(), nieuw.getSamenvatting())));
    }

    @Override
    public RestResponse<Auditspoor> leesBijeenkomstAudit(UUID bijeenkomstId) {
        return RestResponse.ok(audit.naarDto(bijeenkomsten.audit(new BijeenkomstId(bijeenkomstId), gebruiker.vereist())));
    }

    private RestResponse<Bijeenkomst> gelezen(GelezenBijeenkomst gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.bijeenkomst().getVersie());
    }
}
