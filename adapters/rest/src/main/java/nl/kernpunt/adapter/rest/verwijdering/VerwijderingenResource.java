package nl.kernpunt.adapter.rest.verwijdering;

import java.time.OffsetDateTime;
import nl.kernpunt.adapter.rest.gedeeld.Tijdstip;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.VerwijderingenApi;
import nl.kernpunt.api.model.Verwijdering;
import nl.kernpunt.api.model.VerwijderingPagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.verwijdering.port.in.VerwijderingQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The verwijderingen tag: the own gemeente's tombstones for delta sync, staff only (docs/adr/0019). */
public class VerwijderingenResource implements VerwijderingenApi {

    private final VerwijderingQuery verwijderingen;
    private final HuidigeGebruiker gebruiker;

    public VerwijderingenResource(VerwijderingQuery verwijderingen, HuidigeGebruiker gebruiker) {
        this.verwijderingen = verwijderingen;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<VerwijderingPagina> zoekVerwijderingen(OffsetDateTime updatedSince, String cursor, Integer pageSize) {
        var pagina = verwijderingen.zoek(updatedSince == null ? null : updatedSince.toInstant(),
                PaginaVerzoek.van(cursor, pageSize), gebruiker.vereist());
        return RestResponse.ok(new VerwijderingPagina()
                .resultaten(pagina.resultaten().stream().map(VerwijderingenResource::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor()));
    }

    /** The contract's values are the enum names in lower case. */
    private static Verwijdering naarDto(nl.kernpunt.application.gedeeld.verwijdering.Verwijdering verwijdering) {
        return new Verwijdering()
                .soort(Verwijdering.SoortEnum.fromValue(verwijdering.soort().name().toLowerCase()))
                .id(verwijdering.resource())
                .reden(Verwijdering.RedenEnum.fromValue(verwijdering.reden().name().toLowerCase()))
                .verwijderdOp(Tijdstip.utc(verwijdering.op()));
    }
}
