package nl.kernpunt.adapter.rest.kernagenda;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Feit;
import nl.kernpunt.api.model.Kerncanvas;
import nl.kernpunt.api.model.Koppeling;
import nl.kernpunt.api.model.Thema;
import nl.kernpunt.application.kernagenda.port.in.GelezenKernagenda;
import nl.kernpunt.domain.kernagenda.Kernagenda;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Between the contract's agenda and canvas DTOs and the domain's records; the contract's enums map by name. */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface KernagendaApiMapper {

    nl.kernpunt.domain.kernagenda.Thema naarDomein(Thema thema);

    nl.kernpunt.domain.kernagenda.Koppeling naarDomein(Koppeling koppeling);

    nl.kernpunt.domain.kernagenda.Feit naarDomein(Feit feit);

    /** The generator's list helpers look like fluent setters to MapStruct; they are no properties. */
    @Mapping(target = "removeKoppelingenItem", ignore = true)
    Thema naarDto(nl.kernpunt.domain.kernagenda.Thema thema);

    Koppeling naarDto(nl.kernpunt.domain.kernagenda.Koppeling koppeling);

    Feit naarDto(nl.kernpunt.domain.kernagenda.Feit feit);

    /** An agenda never written (version 0) has no change moment yet. */
    default nl.kernpunt.api.model.Kernagenda agendaNaarDto(GelezenKernagenda gelezen) {
        Kernagenda agenda = gelezen.kernagenda();
        return new nl.kernpunt.api.model.Kernagenda()
                .kern(agenda.getKern().waarde())
                .themas(agenda.getThemas().stream().map(this::naarDto).toList())
                .heeftAgenda(agenda.heeftAgenda())
                .gewijzigdOp(agenda.getVersie() == 0 ? null : utc(agenda.getGewijzigdOp()));
    }

    default Kerncanvas canvasNaarDto(GelezenKernagenda gelezen) {
        Kernagenda agenda = gelezen.kernagenda();
        return new Kerncanvas()
                .kern(agenda.getKern().waarde())
                .feiten(agenda.getCanvas().stream().map(this::naarDto).toList())
                .gewijzigdOp(agenda.getVersie() == 0 ? null : utc(agenda.getGewijzigdOp()));
    }
}
