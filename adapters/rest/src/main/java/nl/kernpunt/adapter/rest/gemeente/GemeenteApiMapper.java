package nl.kernpunt.adapter.rest.gemeente;

import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Gemeente;
import nl.kernpunt.api.model.GemeenteInstellingen;
import nl.kernpunt.api.model.GemeenteNieuw;
import nl.kernpunt.api.model.GemeentePagina;
import nl.kernpunt.api.model.GemeenteWijziging;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.in.GelezenGemeente;
import nl.kernpunt.application.gemeente.port.in.RegistreerGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.in.WijzigGemeenteUseCase;
import nl.kernpunt.domain.gemeente.OpenbareGemeente;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface GemeenteApiMapper {

    @Mapping(target = "gebruiker", source = "gebruiker")
    @Mapping(target = "code", source = "gemeente.code")
    @Mapping(target = "naam", source = "gemeente.naam")
    @Mapping(target = "rsin", source = "gemeente.rsin")
    @Mapping(target = "instellingen", source = "gemeente.instellingen")
    RegistreerGemeenteUseCase.Command naarCommand(Gebruiker gebruiker, GemeenteNieuw gemeente);

    @Mapping(target = "gebruiker", source = "gebruiker")
    @Mapping(target = "code", source = "code")
    @Mapping(target = "verwachteVersie", source = "verwachteVersie")
    @Mapping(target = "naam", source = "wijziging.naam")
    @Mapping(target = "rsin", source = "wijziging.rsin")
    @Mapping(target = "instellingen", source = "wijziging.instellingen")
    WijzigGemeenteUseCase.Command naarCommand(Gebruiker gebruiker, String code, long verwachteVersie,
                                              GemeenteWijziging wijziging);

    nl.kernpunt.domain.gemeente.GemeenteInstellingen naarDomein(GemeenteInstellingen instellingen);

    GemeenteInstellingen naarDto(nl.kernpunt.domain.gemeente.GemeenteInstellingen instellingen);

    Gemeente naarDto(nl.kernpunt.domain.gemeente.Gemeente gemeente);

    /** Only what anyone may know: the other fields stay absent. */
    @Mapping(target = "rsin", ignore = true)
    @Mapping(target = "instellingen", ignore = true)
    @Mapping(target = "aangemaaktOp", ignore = true)
    @Mapping(target = "gewijzigdOp", ignore = true)
    Gemeente naarDto(OpenbareGemeente gemeente);

    default Gemeente naarDto(GelezenGemeente gelezen) {
        return gelezen.volledig().map(this::naarDto).orElseGet(() -> naarDto(gelezen.openbaar()));
    }

    default GemeentePagina naarDto(Pagina<GelezenGemeente> pagina) {
        return new GemeentePagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }
}
