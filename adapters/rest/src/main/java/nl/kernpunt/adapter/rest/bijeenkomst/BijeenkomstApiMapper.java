package nl.kernpunt.adapter.rest.bijeenkomst;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Bijeenkomst;
import nl.kernpunt.api.model.BijeenkomstGegevens;
import nl.kernpunt.api.model.BijeenkomstPagina;
import nl.kernpunt.api.model.Bijeenkomstsoort;
import nl.kernpunt.api.model.Terugkoppeling;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.port.in.GelezenBijeenkomst;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.BeanMapping;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Between the contract's DTOs and the meeting. The request becomes the domain record through
 * MapStruct; the answer is assembled by hand from the read model, which carries what is derived.
 */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface BijeenkomstApiMapper {

    nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens naarDomein(BijeenkomstGegevens gegevens);

    nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort naarDomein(Bijeenkomstsoort soort);

    Bijeenkomstsoort naarDto(nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort soort);

    /** Without any filter the list still needs a filter: one whose fields are all empty. */
    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    @Mapping(target = "gemeente", ignore = true)
    @Mapping(target = "verlopenOp", ignore = true)
    @Mapping(target = "gewijzigdSinds", source = "updatedSince")
    BijeenkomstFilter naarFilter(UUID kern, LocalDate van, LocalDate tot, OffsetDateTime updatedSince);

    default Bijeenkomst naarDto(GelezenBijeenkomst gelezen) {
        var bijeenkomst = gelezen.bijeenkomst();
        var g = bijeenkomst.getGegevens();
        return new Bijeenkomst()
                .id(bijeenkomst.getId().waarde())
                .gemeente(bijeenkomst.getGemeente().waarde())
                .titel(g.titel())
                .soort(naarDto(g.soort()))
                .datum(g.datum())
                .kernen(g.kernen().stream().map(KernId::waarde).toList())
                .aantalDeelnemers(g.aantalDeelnemers())
                .initiatieven(g.initiatieven())
                .trajecten(g.trajecten())
                .verslag(g.verslag())
                .terugkoppelingUiterlijk(bijeenkomst.getTerugkoppelingUiterlijk())
                .terugkoppelingVerlopen(gelezen.terugkoppelingVerlopen())
                .terugkoppeling(bijeenkomst.getTerugkoppeling().map(t -> new Terugkoppeling().datum(t.datum())
                        .wijze(t.wijze()).samenvatting(t.samenvatting()).door(t.door())
                        .tijdig(bijeenkomst.isTijdigTeruggekoppeld())).orElse(null))
                .aangemaaktOp(utc(bijeenkomst.getAangemaaktOp()))
                .gewijzigdOp(utc(bijeenkomst.getGewijzigdOp()));
    }

    default BijeenkomstPagina naarDto(Pagina<GelezenBijeenkomst> pagina) {
        return new BijeenkomstPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }
}
