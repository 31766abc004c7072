package nl.kernpunt.adapter.rest.gebeurtenis;

import java.util.Optional;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.GebeurtenissenApi;
import nl.kernpunt.api.model.GebeurtenisPagina;
import nl.kernpunt.api.model.Gebeurtenistype;
import nl.kernpunt.application.gebeurtenis.port.in.LeesGebeurtenissenQuery;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import org.jboss.resteasy.reactive.RestResponse;

/** The gebeurtenissen tag: the own gemeente's event feed. */
public class GebeurtenissenResource implements GebeurtenissenApi {

    private final LeesGebeurtenissenQuery query;
    private final GebeurtenisApiMapper mapper;
    private final HuidigeGebruiker gebruiker;

    public GebeurtenissenResource(LeesGebeurtenissenQuery query, GebeurtenisApiMapper mapper,
                                  HuidigeGebruiker gebruiker) {
        this.query = query;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<GebeurtenisPagina> leesGebeurtenissen(Gebeurtenistype type, String cursor, Integer pageSize) {
        Pagina<nl.kernpunt.api.model.Gebeurtenis> pagina = query.lees(gebruiker.vereist(),
                PaginaVerzoek.van(cursor, pageSize), Optional.ofNullable(type).map(Gebeurtenistype::toString))
                .map(mapper::naarDto);
        return RestResponse.ok(new GebeurtenisPagina().resultaten(pagina.resultaten())
                .volgendeCursor(pagina.volgendeCursor()));
    }
}
