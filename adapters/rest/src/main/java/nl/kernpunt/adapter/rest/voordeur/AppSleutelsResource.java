package nl.kernpunt.adapter.rest.voordeur;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.AppSleutelsApi;
import nl.kernpunt.api.model.AppSleutel;
import nl.kernpunt.api.model.AppSleutelNieuw;
import nl.kernpunt.api.model.AppSleutels;
import nl.kernpunt.api.model.UitgegevenAppSleutel;
import nl.kernpunt.application.voordeur.port.in.BeheerAppSleutelsUseCase;
import org.jboss.resteasy.reactive.RestResponse;

/** The app-sleutels tag: the beheerder's keys for the own gemeente's app; roles are the use case's business. */
public class AppSleutelsResource implements AppSleutelsApi {

    private final BeheerAppSleutelsUseCase appSleutels;
    private final HuidigeGebruiker gebruiker;
    private final UriInfo uriInfo;

    public AppSleutelsResource(BeheerAppSleutelsUseCase appSleutels, HuidigeGebruiker gebruiker, UriInfo uriInfo) {
        this.appSleutels = appSleutels;
        this.gebruiker = gebruiker;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<AppSleutels> zoekAppSleutels() {
        return RestResponse.ok(new AppSleutels().appSleutels(appSleutels.lijst(gebruiker.vereist()).stream()
                .map(AppSleutelsResource::naarDto).toList()));
    }

    @Override
    public RestResponse<UitgegevenAppSleutel> geefAppSleutelUit(AppSleutelNieuw nieuw) {
        var uitgifte = appSleutels.geefUit(gebruiker.vereist(), nieuw.getOmschrijving());
        var sleutel = uitgifte.appSleutel();
        UitgegevenAppSleutel dto = new UitgegevenAppSleutel()
                .id(sleutel.getId())
                .omschrijving(sleutel.getOmschrijving())
                .uitgegevenOp(utc(sleutel.getUitgegevenOp()))
                .geldig(sleutel.isGeldig())
                .sleutel(uitgifte.sleutel());
        String locatie = uriInfo.getBaseUriBuilder().path(AppSleutelsApi.class).path(sleutel.getId().toString())
                .build().getRawPath();
        return RestResponse.ResponseBuilder.<UitgegevenAppSleutel>create(RestResponse.Status.CREATED).entity(dto)
                .header(HttpHeaders.LOCATION, locatie).build();
    }

    @Override
    public RestResponse<Void> trekAppSleutelIn(UUID appSleutelId) {
        appSleutels.trekIn(gebruiker.vereist(), appSleutelId);
        return RestResponse.noContent();
    }

    private static AppSleutel naarDto(nl.kernpunt.domain.voordeur.AppSleutel sleutel) {
        return new AppSleutel()
                .id(sleutel.getId())
                .omschrijving(sleutel.getOmschrijving())
                .uitgegevenOp(utc(sleutel.getUitgegevenOp()))
                .ingetrokkenOp(utc(sleutel.getIngetrokkenOp()))
                .geldig(sleutel.isGeldig());
    }
}
