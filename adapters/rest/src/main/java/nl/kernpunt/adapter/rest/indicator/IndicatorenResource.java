package nl.kernpunt.adapter.rest.indicator;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.AuditspoorApiMapper;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.IndicatorenApi;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Indicator;
import nl.kernpunt.api.model.IndicatorGegevens;
import nl.kernpunt.api.model.IndicatorPagina;
import nl.kernpunt.api.model.MetingNieuw;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.indicator.port.in.GelezenIndicator;
import nl.kernpunt.application.indicator.port.in.IndicatorQuery;
import nl.kernpunt.application.indicator.port.in.LegIndicatorVastUseCase;
import nl.kernpunt.domain.indicator.IndicatorId;
import org.jboss.resteasy.reactive.RestResponse;

/** The indicatoren tag; staff of the own gemeente only (docs/adr/0010). */
public class IndicatorenResource implements IndicatorenApi {

    private final LegIndicatorVastUseCase legVast;
    private final IndicatorQuery indicatoren;
    private final IndicatorApiMapper mapper;
    private final AuditspoorApiMapper audit;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public IndicatorenResource(LegIndicatorVastUseCase legVast, IndicatorQuery indicatoren, IndicatorApiMapper mapper,
                               AuditspoorApiMapper audit, HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent,
                               UriInfo uriInfo) {
        this.legVast = legVast;
        this.indicatoren = indicatoren;
        this.mapper = mapper;
        this.audit = audit;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<IndicatorPagina> zoekIndicatoren(UUID kern, String bron, OffsetDateTime updatedSince, String cursor,
                                                         Integer pageSize) {
        return RestResponse.ok(mapper.naarDto(indicatoren.zoek(mapper.naarFilter(kern, bron, updatedSince),
                PaginaVerzoek.van(cursor, pageSize), gebruiker.vereist())));
    }

    @Override
    public RestResponse<Indicator> maakIndicator(IndicatorGegevens gegevens, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "maakIndicator", gegevens, Indicator.class, () -> {
            var gelezen = legVast.maak(new LegIndicatorVastUseCase.MaakCommand(door, mapper.naarDomein(gegevens)));
            return Aangemaakt.van(mapper.naarDto(gelezen), uriInfo, IndicatorenApi.class,
                    gelezen.indicator().getId().toString(), gelezen.indicator().getVersie());
        });
    }

    @Override
    public RestResponse<Indicator> leesIndicator(UUID indicatorId) {
        return gelezen(indicatoren.lees(new IndicatorId(indicatorId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Indicator> wijzigIndicator(UUID indicatorId, IndicatorGegevens gegevens, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(legVast.wijzig(new LegIndicatorVastUseCase.WijzigCommand(gebruiker.vereist(),
                new IndicatorId(indicatorId), versie, mapper.naarDomein(gegevens))));
    }

    @Override
    public RestResponse<Indicator> voegMetingToe(UUID indicatorId, MetingNieuw meting) {
        return gelezen(legVast.voegMetingToe(new LegIndicatorVastUseCase.MetingCommand(gebruiker.vereist(),
                new IndicatorId(indicatorId), mapper.naarDomein(meting))));
    }

    @Override
    public RestResponse<Auditspoor> leesIndicatorAudit(UUID indicatorId) {
        return RestResponse.ok(audit.naarDto(indicatoren.audit(new IndicatorId(indicatorId), gebruiker.vereist())));
    }

    private RestResponse<Indicator> gelezen(GelezenIndicator gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.indicator().getVersie());
    }
}
