package nl.kernpunt.adapter.rest.begroting;

import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.BegrotingsrondesApi;
import nl.kernpunt.api.model.Begrotingsidee;
import nl.kernpunt.api.model.Begrotingsronde;
import nl.kernpunt.api.model.BegrotingsrondeNieuw;
import nl.kernpunt.api.model.IdeebeoordelingNieuw;
import nl.kernpunt.api.model.Stemcodes;
import nl.kernpunt.api.model.StemcodesNieuw;
import nl.kernpunt.application.begroting.port.in.BegrotingsrondeQuery;
import nl.kernpunt.application.begroting.port.in.BeoordeelBegrotingsideeUseCase;
import nl.kernpunt.application.begroting.port.in.GeefStemcodesUitUseCase;
import nl.kernpunt.application.begroting.port.in.OpenBegrotingsrondeUseCase;
import nl.kernpunt.application.begroting.port.in.SluitBegrotingsrondeUseCase;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/** The staff side of budget rounds; roles, tenancy and the periods are the use cases' business. */
public class BegrotingsrondesResource implements BegrotingsrondesApi {

    private final OpenBegrotingsrondeUseCase open;
    private final BeoordeelBegrotingsideeUseCase beoordeel;
    private final GeefStemcodesUitUseCase geefUit;
    private final SluitBegrotingsrondeUseCase sluit;
    private final BegrotingsrondeQuery rondes;
    private final HuidigeGebruiker gebruiker;
    private final UriInfo uriInfo;

    public BegrotingsrondesResource(OpenBegrotingsrondeUseCase open, BeoordeelBegrotingsideeUseCase beoordeel,
                                    GeefStemcodesUitUseCase geefUit, SluitBegrotingsrondeUseCase sluit,
                                    BegrotingsrondeQuery rondes, HuidigeGebruiker gebruiker, UriInfo uriInfo) {
        this.open = open;
        this.beoordeel = beoordeel;
        this.geefUit = geefUit;
        this.sluit = sluit;
        this.rondes = rondes;
        this.gebruiker = gebruiker;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<Begrotingsronde> openBegrotingsronde(BegrotingsrondeNieuw nieuw) {
        var geopend = open.open(new OpenBegrotingsrondeUseCase.Command(gebruiker.vereist(), new KernId(nieuw.getKern()),
                nieuw.getJaar(), BegrotingsrondeApiMapper.bedrag("bedrag", nieuw.getBedrag()),
                BegrotingsrondeApiMapper.periode(nieuw.getIdeeenperiode()),
                BegrotingsrondeApiMapper.periode(nieuw.getStemperiode()),
                BegrotingsrondeApiMapper.naarDomein(nieuw.getStemwijze())));
        return Aangemaakt.van(BegrotingsrondeApiMapper.naarDto(geopend), uriInfo, BegrotingsrondesApi.class,
                geopend.ronde().getId().toString(), geopend.ronde().getVersie()).alsAntwoord();
    }

    @Override
    public RestResponse<Begrotingsronde> leesBegrotingsronde(UUID rondeId) {
        return RestResponse.ok(BegrotingsrondeApiMapper.naarDto(rondes.lees(new BegrotingsrondeId(rondeId),
                gebruiker.vereist())));
    }

    @Override
    public RestResponse<Begrotingsidee> beoordeelBegrotingsidee(UUID rondeId, UUID ideeId,
                                                                IdeebeoordelingNieuw beoordeling) {
        var idee = beoordeel.beoordeel(new BeoordeelBegrotingsideeUseCase.Command(gebruiker.vereist(),
                new BegrotingsrondeId(rondeId), new IdeeId(ideeId),
                beoordeling.getOordeel() == IdeebeoordelingNieuw.OordeelEnum.AANVAARD, beoordeling.getMotivering()));
        return RestResponse.ok(BegrotingsrondeApiMapper.naarDto(idee, null));
    }

    @Override
    public RestResponse<Stemcodes> geefStemcodesUit(UUID rondeId, StemcodesNieuw verzoek) {
        return RestResponse.ok(new Stemcodes().codes(geefUit.geefUit(new GeefStemcodesUitUseCase.Command(
                gebruiker.vereist(), new BegrotingsrondeId(rondeId), verzoek.getAantal()))));
    }

    @Override
    public RestResponse<Begrotingsronde> sluitBegrotingsronde(UUID rondeId) {
        return RestResponse.ok(BegrotingsrondeApiMapper.naarDto(sluit.sluit(new SluitBegrotingsrondeUseCase.Command(
                gebruiker.vereist(), new BegrotingsrondeId(rondeId)))));
    }
}
