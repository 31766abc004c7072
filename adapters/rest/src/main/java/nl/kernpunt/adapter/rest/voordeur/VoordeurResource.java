package nl.kernpunt.adapter.rest.voordeur;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import nl.kernpunt.adapter.rest.gedeeld.OpenbareEtag;
import nl.kernpunt.adapter.rest.vraag.VraagApiMapper;
import nl.kernpunt.api.VoordeurApi;
import nl.kernpunt.api.model.Antwoordtermijn;
import nl.kernpunt.api.model.InzendingNieuw;
import nl.kernpunt.api.model.Ontvangstbewijs;
import nl.kernpunt.api.model.OpenbareVraag;
import nl.kernpunt.api.model.Termijnsoort;
import nl.kernpunt.application.vraag.port.in.OpenbareVraagstatus;
import nl.kernpunt.application.vraag.port.in.VraagQuery;
import nl.kernpunt.application.voordeur.port.in.DienInUseCase;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The voordeur tag: the residents' public intake and the public status of a question. The guards
 * are the use cases' business; this class only says who sends.
 */
public class VoordeurResource implements VoordeurApi {

    private static final String VRAGEN = "/openbaar/vragen/";

    private final DienInUseCase dienIn;
    private final VraagQuery vragen;
    private final VraagApiMapper vraagMapper;
    private final UriInfo uriInfo;
    private final HttpServerRequest http;

    public VoordeurResource(DienInUseCase dienIn, VraagQuery vragen, VraagApiMapper vraagMapper, UriInfo uriInfo,
                            HttpServerRequest http) {
        this.dienIn = dienIn;
        this.vragen = vragen;
        this.vraagMapper = vraagMapper;
        this.uriInfo = uriInfo;
        this.http = http;
    }

    @Override
    @PermitAll
    public RestResponse<Ontvangstbewijs> dienVraagIn(InzendingNieuw inzending, String appSleutel) {
        DienInUseCase.Ontvangstbewijs bewijs = dienIn.dienVraagIn(inzending(inzending, appSleutel));
        return ontvangen(bewijs, VRAGEN);
    }

    @Override
    @PermitAll
    public RestResponse<Ontvangstbewijs> dienIdeeIn(InzendingNieuw inzending, String appSleutel) {
        DienInUseCase.Ontvangstbewijs bewijs = dienIn.dienIdeeIn(inzending(inzending, appSleutel));
        return ontvangen(bewijs, "/openbaar/initiatieven/");
    }

    @Override
    @PermitAll
    public RestResponse<OpenbareVraag> leesOpenbareVraag(String referentie, String ifNoneMatch) {
        OpenbareVraagstatus status = vragen.openbaar(new PubliekeReferentie(referentie));
        var vraag = status.vraag();
        // the verdict on the term turns false when the deadline passes, without a new version
        String staat = status.kernnaam() + "|" + vraag.termijnGehaald();
        String etag = "\"" + vraag.versie() + "-" + Integer.toHexString(staat.hashCode()) + "\"";
        return OpenbareEtag.antwoord(ifNoneMatch, etag, () -> new OpenbareVraag()
                .referentie(vraag.referentie().waarde())
                .kern(status.kernnaam())
                .status(vraagMapper.naarDto(vraag.status()))
                .ontvangenOp(utc(vraag.ontvangenOp()))
                .deadline(utc(vraag.deadline()))
                .termijnGehaald(vraag.termijnGehaald())
                .procesantwoord(vraag.procesantwoord())
                .verwachtAntwoordOp(vraag.verwachtAntwoordOp())
                .gewijzigdOp(utc(vraag.gewijzigdOp())));
    }

    /** The address as the HTTP layer sees it: behind a proxy, only when forwarding is configured (README). */
    private DienInUseCase.Inzending inzending(InzendingNieuw nieuw, String appSleutel) {
        String adres = http.remoteAddress() == null ? "onbekend" : http.remoteAddress().hostAddress();
        return new DienInUseCase.Inzending(new DienInUseCase.Afzender(adres, appSleutel), new KernId(nieuw.getKern()),
                nieuw.getTekst(), nieuw.getThema(), nieuw.getNaam(), nieuw.getEmail(), nieuw.getTelefoon());
    }

    private RestResponse<Ontvangstbewijs> ontvangen(DienInUseCase.Ontvangstbewijs bewijs, String statuspad) {
        Ontvangstbewijs dto = new Ontvangstbewijs()
                .referentie(bewijs.referentie().waarde())
                .ontvangenOp(utc(bewijs.ontvangenOp()))
                .termijn(new Antwoordtermijn().dagen(bewijs.termijnDagen())
                        .soort(Termijnsoort.fromValue(bewijs.termijnSoort())))
                .deadline(utc(bewijs.deadline()));
        String locatie = uriInfo.getBaseUri().getRawPath().replaceAll("/$", "") + statuspad + bewijs.referentie().waarde();
        return RestResponse.ResponseBuilder.<Ontvangstbewijs>create(RestResponse.Status.CREATED).entity(dto)
                .header(HttpHeaders.LOCATION, locatie).build();
    }
}
