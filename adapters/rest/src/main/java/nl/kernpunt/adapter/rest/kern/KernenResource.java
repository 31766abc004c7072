package nl.kernpunt.adapter.rest.kern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.kernagenda.Kernagendas;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.KernenApi;
import nl.kernpunt.api.model.Auditspoor;
import nl.kernpunt.api.model.Kern;
import nl.kernpunt.api.model.KernNieuw;
import nl.kernpunt.api.model.KernPagina;
import nl.kernpunt.api.model.Kernmaatwerk;
import nl.kernpunt.api.model.KernWijziging;
import nl.kernpunt.api.model.Kernagenda;
import nl.kernpunt.api.model.KernagendaWijziging;
import nl.kernpunt.api.model.Kerncanvas;
import nl.kernpunt.api.model.KerncanvasWijziging;
import nl.kernpunt.api.model.Overdracht;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.port.in.ArchiveerKernUseCase;
import nl.kernpunt.application.kern.port.in.DraagFunctieOverUseCase;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.application.kern.port.in.KernQuery;
import nl.kernpunt.application.kern.port.in.MaakKernUseCase;
import nl.kernpunt.application.kern.port.in.StelMaatwerkInUseCase;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/** The kernen tag of the contract. Roles and tenancy are the use cases' business, not this class's. */
public class KernenResource implements KernenApi {

    private final MaakKernUseCase maakKern;
    private final WijzigKernUseCase wijzigKern;
    private final ArchiveerKernUseCase archiveerKern;
    private final DraagFunctieOverUseCase draagFunctieOver;
    private final StelMaatwerkInUseCase stelMaatwerkIn;
    private final KernQuery kernen;
    private final KernApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;
    private final Kernagendas kernagendas;

    public KernenResource(MaakKernUseCase maakKern, WijzigKernUseCase wijzigKern, ArchiveerKernUseCase archiveerKern,
                          DraagFunctieOverUseCase draagFunctieOver, StelMaatwerkInUseCase stelMaatwerkIn,
                          KernQuery kernen, KernApiMapper mapper,
                          HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent, UriInfo uriInfo,
                          Kernagendas kernagendas) {
        this.maakKern = maakKern;
        this.wijzigKern = wijzigKern;
        this.archiveerKern = archiveerKern;
        this.draagFunctieOver = draagFunctieOver;
        this.stelMaatwerkIn = stelMaatwerkIn;
        this.kernen = kernen;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
        this.kernagendas = kernagendas;
    }

    @Override
    @PermitAll
    public RestResponse<KernPagina> zoekKernen(String gemeente, String gebied, String zoek, Boolean gearchiveerd,
                                               OffsetDateTime updatedSince, String cursor, Integer pageSize) {
        var pagina = kernen.zoek(mapper.naarFilter(gemeente, gebied, zoek, gearchiveerd, updatedSince),
                PaginaVerzoek.van(cursor, pageSize), gebruiker.optioneel());
        return RestResponse.ok(mapper.naarDto(pagina));
    }

    @Override
    @PermitAll
    public RestResponse<Kern> leesKern(UUID kernId) {
        return gelezen(kernen.lees(new KernId(kernId), gebruiker.optioneel()));
    }

    @Override
    public RestResponse<Kern> maakKern(KernNieuw kernNieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "maakKern", kernNieuw, Kern.class, () -> {
            GelezenKern kern = maakKern.maak(mapper.naarCommand(door, kernNieuw));
            return Aangemaakt.van(mapper.naarDto(kern), uriInfo, KernenApi.class, kern.openbaar().id().toString(),
                    kern.versie());
        });
    }

    @Override
    public RestResponse<Kern> wijzigKern(UUID kernId, KernWijziging kernWijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(wijzigKern.wijzig(mapper.naarCommand(gebruiker.vereist(), kernId, versie, kernWijziging)));
    }

    @Override
    public RestResponse<Kern> archiveerKern(UUID kernId, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(archiveerKern.archiveer(
                new ArchiveerKernUseCase.Command(gebruiker.vereist(), new KernId(kernId), versie)));
    }

    @Override
    public RestResponse<Kern> stelKernmaatwerkIn(UUID kernId, Kernmaatwerk maatwerk, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(stelMaatwerkIn.stelIn(new StelMaatwerkInUseCase.Command(gebruiker.vereist(), new KernId(kernId),
                versie, mapper.naarDomein(maatwerk))));
    }

    @Override
    public RestResponse<Kern> draagKernambtenaarOver(UUID kernId, Overdracht overdracht, String ifMatch) {
        return draagOver(kernId, Functie.KERNAMBTENAAR, overdracht, ifMatch);
    }

    @Override
    public RestResponse<Kern> draagKernwethouderOver(UUID kernId, Overdracht overdracht, String ifMatch) {
        return draagOver(kernId, Functie.KERNWETHOUDER, overdracht, ifMatch);
    }

    private RestResponse<Kern> draagOver(UUID kernId, Functie functie, Overdracht overdracht, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(draagFunctieOver.draagOver(
                mapper.naarCommand(gebruiker.vereist(), kernId, versie, functie, overdracht)));
    }

    private RestResponse<Kern> gelezen(GelezenKern kern) {
        return Versies.ok(mapper.naarDto(kern), kern.versie());
    }

    // --- kernagenda and kerncanvas (docs/adr/0010) ----------------------------------------------

    @Override
    public RestResponse<Kernagenda> leesKernagenda(UUID kernId) {
        return kernagendas.lees(kernId);
    }

    @Override
    public RestResponse<Kernagenda> stelKernagendaVast(UUID kernId, KernagendaWijziging wijziging, String ifMatch) {
        return kernagendas.stelVast(kernId, wijziging, ifMatch);
    }

    @Override
    public RestResponse<Kerncanvas> leesKerncanvas(UUID kernId) {
        return kernagendas.leesCanvas(kernId);
    }

    @Override
    public RestResponse<Kerncanvas> stelKerncanvasVast(UUID kernId, KerncanvasWijziging wijziging, String ifMatch) {
        return kernagendas.stelCanvasVast(kernId, wijziging, ifMatch);
    }

    @Override
    public RestResponse<Auditspoor> leesKernagendaAudit(UUID kernId) {
        return kernagendas.audit(kernId);
    }
}
