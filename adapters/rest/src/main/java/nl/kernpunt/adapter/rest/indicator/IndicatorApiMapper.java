package nl.kernpunt.adapter.rest.indicator;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Benchmark;
import nl.kernpunt.api.model.Indicator;
import nl.kernpunt.api.model.IndicatorGegevens;
import nl.kernpunt.api.model.IndicatorPagina;
import nl.kernpunt.api.model.Jaarwaarde;
import nl.kernpunt.api.model.Meting;
import nl.kernpunt.api.model.MetingNieuw;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.indicator.port.in.GelezenIndicator;
import org.mapstruct.BeanMapping;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

/** Between the contract's indicator DTOs and the domain's figure; the flattening is MapStruct's. */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface IndicatorApiMapper {

    nl.kernpunt.domain.indicator.IndicatorGegevens naarDomein(IndicatorGegevens gegevens);

    nl.kernpunt.domain.indicator.Jaarwaarde naarDomein(Jaarwaarde waarde);

    nl.kernpunt.domain.indicator.Benchmark naarDomein(Benchmark benchmark);

    /** {@code door} is the user's, set by the use case. */
    @Mapping(target = "door", ignore = true)
    nl.kernpunt.domain.indicator.Meting naarDomein(MetingNieuw meting);

    /** Without any filter the list still needs a filter: one whose fields are all empty. */
    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    @Mapping(target = "gemeente", ignore = true)
    @Mapping(target = "gewijzigdSinds", source = "updatedSince")
    IndicatorFilter naarFilter(UUID kern, String bron, OffsetDateTime updatedSince);

    Jaarwaarde naarDto(nl.kernpunt.domain.indicator.Jaarwaarde waarde);

    Benchmark naarDto(nl.kernpunt.domain.indicator.Benchmark benchmark);

    Meting naarDto(nl.kernpunt.domain.indicator.Meting meting);

    default Indicator naarDto(GelezenIndicator gelezen) {
        var indicator = gelezen.indicator();
        var g = indicator.getGegevens();
        return new Indicator()
                .id(indicator.getId().waarde())
                .gemeente(indicator.getGemeente().waarde())
                .naam(g.naam())
                .omschrijving(g.omschrijving())
                .eenheid(g.eenheid())
                .bron(g.bron())
                .kern(g.kern() == null ? null : g.kern().waarde())
                .nulmeting(naarDto(g.nulmeting()))
                .benchmark(g.benchmark() == null ? null : naarDto(g.benchmark()))
                .streefwaarde(g.streefwaarde() == null ? null : naarDto(g.streefwaarde()))
                .metingen(indicator.getMetingen().stream().map(this::naarDto).toList())
                .aangemaaktOp(utc(indicator.getAangemaaktOp()))
                .gewijzigdOp(utc(indicator.getGewijzigdOp()));
    }

    default IndicatorPagina naarDto(Pagina<GelezenIndicator> pagina) {
        return new IndicatorPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }
}
