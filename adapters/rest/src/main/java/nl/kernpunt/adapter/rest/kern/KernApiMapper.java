package nl.kernpunt.adapter.rest.kern;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Contactpersoon;
import nl.kernpunt.api.model.Kern;
import nl.kernpunt.api.model.KernNieuw;
import nl.kernpunt.api.model.KernPagina;
import nl.kernpunt.api.model.Kernmaatwerk;
import nl.kernpunt.api.model.KernWijziging;
import nl.kernpunt.api.model.Overdracht;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.in.DraagFunctieOverUseCase;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.application.kern.port.in.MaakKernUseCase;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.OpenbareKern;
import nl.kernpunt.domain.subsidie.Bedrag;
import org.mapstruct.AfterMapping;
import org.mapstruct.BeanMapping;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.MapperConfig;
import org.mapstruct.Mapping;
import org.mapstruct.MappingInheritanceStrategy;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValueMappingStrategy;

@Mapper(uses = WaardeApiMapper.class, config = KernApiMapper.GegenereerdeHulpmethoden.class,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface KernApiMapper {

    /** The generator's remove…Item methods look like fluent setters to MapStruct; they are no properties. */
    @MapperConfig(mappingInheritanceStrategy = MappingInheritanceStrategy.AUTO_INHERIT_FROM_CONFIG)
    interface GegenereerdeHulpmethoden {

        @Mapping(target = "removeDorpsbelangenorganisatiesItem", ignore = true)
        @Mapping(target = "removeCommunicatiekanalenItem", ignore = true)
        @Mapping(target = "removeFunctiehistorieItem", ignore = true)
        Kern naarKern(Object bron);
    }

    @Mapping(target = "gebruiker", source = "gebruiker")
    @Mapping(target = "profiel", source = "kern")
    @Mapping(target = "kernambtenaar", source = "kern.kernambtenaar")
    @Mapping(target = "kernwethouder", source = "kern.kernwethouder")
    MaakKernUseCase.Command naarCommand(Gebruiker gebruiker, KernNieuw kern);

    @Mapping(target = "gebruiker", source = "gebruiker")
    @Mapping(target = "kern", source = "kernId")
    @Mapping(target = "verwachteVersie", source = "verwachteVersie")
    @Mapping(target = "profiel", source = "wijziging")
    WijzigKernUseCase.Command naarCommand(Gebruiker gebruiker, UUID kernId, long verwachteVersie, KernWijziging wijziging);

    @Mapping(target = "gebruiker", source = "gebruiker")
    @Mapping(target = "kern", source = "kernId")
    @Mapping(target = "verwachteVersie", source = "verwachteVersie")
    @Mapping(target = "functie", source = "functie")
    @Mapping(target = "opvolger", source = "overdracht.opvolger")
    @Mapping(target = "notitie", source = "overdracht.notitie")
    DraagFunctieOverUseCase.Command naarCommand(Gebruiker gebruiker, UUID kernId, long verwachteVersie, Functie functie,
                                                Overdracht overdracht);

    /** Without any filter the list still needs a filter: one whose fields are all empty. */
    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    @Mapping(target = "gewijzigdSinds", source = "updatedSince")
    KernFilter naarFilter(String gemeente, String gebied, String zoek, Boolean gearchiveerd, OffsetDateTime updatedSince);

    KernProfiel naarProfiel(KernNieuw kern);

    KernProfiel naarProfiel(KernWijziging kern);

    nl.kernpunt.domain.gedeeld.Contactpersoon naarDomein(Contactpersoon persoon);

    @Mapping(target = "naam", source = "profiel.naam")
    @Mapping(target = "gebied", source = "profiel.gebied")
    @Mapping(target = "uitrolfase", source = "profiel.uitrolfase")
    @Mapping(target = "dorpsbelangenorganisaties", source = "profiel.dorpsbelangenorganisaties")
    @Mapping(target = "communicatiekanalen", source = "profiel.communicatiekanalen")
    Kern naarDto(nl.kernpunt.domain.kern.Kern kern);

    /** Only what anyone may know (docs/adr/0003): the other fields stay absent. */
    @Mapping(target = "kernwethouder", ignore = true)
    @Mapping(target = "uitrolfase", ignore = true)
    @Mapping(target = "dorpsbelangenorganisaties", ignore = true)
    @Mapping(target = "communicatiekanalen", ignore = true)
    @Mapping(target = "functiehistorie", ignore = true)
    @Mapping(target = "maatwerk", ignore = true)
    @Mapping(target = "aangemaaktOp", ignore = true)
    @Mapping(target = "gewijzigdOp", ignore = true)
    Kern naarDto(OpenbareKern kern);

    /** By hand, so a malformed amount names its field. */
    default nl.kernpunt.domain.kern.Maatwerk naarDomein(Kernmaatwerk maatwerk) {
        String budget = maatwerk.getLeefbaarheidsbudget();
        return new nl.kernpunt.domain.kern.Maatwerk(maatwerk.getAntwoordtermijnDagen(), maatwerk.getStilteDrempelDagen(),
                budget == null ? null : Bedrag.van("leefbaarheidsbudget", budget));
    }

    default Kernmaatwerk naarDto(nl.kernpunt.domain.kern.Maatwerk maatwerk) {
        return new Kernmaatwerk().antwoordtermijnDagen(maatwerk.antwoordtermijnDagen())
                .stilteDrempelDagen(maatwerk.stilteDrempelDagen())
                .leefbaarheidsbudget(maatwerk.leefbaarheidsbudget() == null ? null : maatwerk.leefbaarheidsbudget().tekst());
    }

    /** The generated lists start empty and would be written as []: absent is what the contract means. */
    @AfterMapping
    default void laatNietOpenbareLijstenWeg(OpenbareKern bron, @MappingTarget Kern kern) {
        kern.setDorpsbelangenorganisaties(null);
        kern.setCommunicatiekanalen(null);
        kern.setFunctiehistorie(null);
    }

    Contactpersoon naarDto(nl.kernpunt.domain.gedeeld.Contactpersoon persoon);

    /** The current kernambtenaar or kernwethouder, if the function is filled. */
    default Contactpersoon naarDto(Optional<nl.kernpunt.domain.gedeeld.Contactpersoon> persoon) {
        return persoon.map(this::naarDto).orElse(null);
    }

    default Kern naarDto(GelezenKern gelezen) {
        return gelezen.volledig().map(this::naarDto).orElseGet(() -> naarDto(gelezen.openbaar()));
    }

    default KernPagina naarDto(Pagina<GelezenKern> pagina) {
        return new KernPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }
}
