package nl.kernpunt.adapter.rest.begroting;

import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import nl.kernpunt.api.OpenbareBegrotingsrondesApi;
import nl.kernpunt.api.model.Begrotingsidee;
import nl.kernpunt.api.model.BegrotingsideeNieuw;
import nl.kernpunt.api.model.Begrotingsronde;
import nl.kernpunt.api.model.Stem;
import nl.kernpunt.api.model.Stembiljet;
import nl.kernpunt.application.begroting.port.in.BegrotingsrondeQuery;
import nl.kernpunt.application.begroting.port.in.BrengStemUitUseCase;
import nl.kernpunt.application.begroting.port.in.DienBegrotingsideeInUseCase;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Budget rounds for residents and municipal apps, without an account: read a round and its result,
 * submit an idea, vote with a code. Nothing here asks for or returns personal data.
 */
public class OpenbareBegrotingsrondesResource implements OpenbareBegrotingsrondesApi {

    private final BegrotingsrondeQuery rondes;
    private final DienBegrotingsideeInUseCase dienIn;
    private final BrengStemUitUseCase brengUit;

    public OpenbareBegrotingsrondesResource(BegrotingsrondeQuery rondes, DienBegrotingsideeInUseCase dienIn,
                                            BrengStemUitUseCase brengUit) {
        this.rondes = rondes;
        this.dienIn = dienIn;
        this.brengUit = brengUit;
    }

    @Override
    @PermitAll
    public RestResponse<Begrotingsronde> leesOpenbareBegrotingsronde(UUID rondeId) {
        return RestResponse.ok(BegrotingsrondeApiMapper.naarDto(rondes.openbaar(new BegrotingsrondeId(rondeId))));
    }

    @Override
    @PermitAll
    public RestResponse<Begrotingsidee> dienBegrotingsideeIn(UUID rondeId, BegrotingsideeNieuw nieuw) {
        var idee = dienIn.dienIn(new DienBegrotingsideeInUseCase.Command(new BegrotingsrondeId(rondeId),
                nieuw.getTitel(), nieuw.getOmschrijving(), BegrotingsrondeApiMapper.bedrag("kosten", nieuw.getKosten())));
        return RestResponse.status(RestResponse.Status.CREATED, BegrotingsrondeApiMapper.naarDto(idee, null));
    }

    @Override
    @PermitAll
    public RestResponse<Stem> brengStemUit(UUID rondeId, Stembiljet stembiljet) {
        var stem = brengUit.brengUit(new BrengStemUitUseCase.Command(new BegrotingsrondeId(rondeId),
                stembiljet.getStemcode(), stembiljet.getIdeeen().stream().map(IdeeId::new).toList()));
        return RestResponse.ok(new Stem().ideeen(stem.ideeen().stream().map(IdeeId::waarde).toList())
                .kosten(stem.kosten().tekst()));
    }
}
