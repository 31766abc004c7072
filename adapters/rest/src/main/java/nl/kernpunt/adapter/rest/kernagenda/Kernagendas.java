package nl.kernpunt.adapter.rest.kernagenda;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.AuditspoorApiMapper;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Kernagenda;
import nl.kernpunt.api.model.KernagendaWijziging;
import nl.kernpunt.api.model.Kerncanvas;
import nl.kernpunt.api.model.KerncanvasWijziging;
import nl.kernpunt.application.kernagenda.port.in.KernagendaQuery;
import nl.kernpunt.application.kernagenda.port.in.StelKernagendaVastUseCase;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A kern's agenda and canvas over HTTP: one aggregate with one version, so both resources answer
 * the same ETag (docs/adr/0010); staff of the kern's own gemeente only. The operations carry the
 * kernen tag (the generator drops the class-level path of two tags that share /kernen), so
 * {@code KernenResource} implements them by handing over to this bean.
 */
@ApplicationScoped
public class Kernagendas {

    private final StelKernagendaVastUseCase stelVast;
    private final KernagendaQuery agendas;
    private final KernagendaApiMapper mapper;
    private final AuditspoorApiMapper audit;
    private final HuidigeGebruiker gebruiker;

    public Kernagendas(StelKernagendaVastUseCase stelVast, KernagendaQuery agendas, KernagendaApiMapper mapper,
                              AuditspoorApiMapper audit, HuidigeGebruiker gebruiker) {
        this.stelVast = stelVast;
        this.agendas = agendas;
        this.mapper = mapper;
        this.audit = audit;
        this.gebruiker = gebruiker;
    }

    public RestResponse<Kernagenda> lees(UUID kernId) {
        var agenda = agendas.lees(new KernId(kernId), gebruiker.vereist());
        return Versies.ok(mapper.agendaNaarDto(agenda), agenda.kernagenda().getVersie());
    }

    public RestResponse<Kernagenda> stelVast(UUID kernId, KernagendaWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        var agenda = stelVast.stelThemasVast(new StelKernagendaVastUseCase.ThemasCommand(gebruiker.vereist(),
                new KernId(kernId), versie, wijziging.getThemas().stream().map(mapper::naarDomein).toList()));
        return Versies.ok(mapper.agendaNaarDto(agenda), agenda.kernagenda().getVersie());
    }

    public RestResponse<Kerncanvas> leesCanvas(UUID kernId) {
        var agenda = agendas.lees(new KernId(kernId), gebruiker.vereist());
        return Versies.ok(mapper.canvasNaarDto(agenda), agenda.kernagenda().getVersie());
    }

    public RestResponse<Kerncanvas> stelCanvasVast(UUID kernId, KerncanvasWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        var agenda = stelVast.stelCanvasVast(new StelKernagendaVastUseCase.CanvasCommand(gebruiker.vereist(),
                new KernId(kernId), versie, wijziging.getFeiten().stream().map(mapper::naarDomein).toList()));
        return Versies.ok(mapper.canvasNaarDto(agenda), agenda.kernagenda().getVersie());
    }

    public RestResponse<Auditspoor> audit(UUID kernId) {
        return RestResponse.ok(audit.naarDto(agendas.audit(new KernId(kernId), gebruiker.vereist())));
    }
}
