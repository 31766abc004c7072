package nl.kernpunt.adapter.rest.initiatief;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.time.LocalDate;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Afspraak;
import nl.kernpunt.api.model.AfspraakStatus;
import nl.kernpunt.api.model.Betrokkene;
import nl.kernpunt.api.model.Contactmoment;
import nl.kernpunt.api.model.Contactpersoon;
import nl.kernpunt.api.model.Initiatief;
import nl.kernpunt.api.model.InitiatiefNieuw;
import nl.kernpunt.api.model.InitiatiefPagina;
import nl.kernpunt.api.model.InitiatiefStatus;
import nl.kernpunt.api.model.InitiatiefWijziging;
import nl.kernpunt.api.model.OpenbaarInitiatief;
import nl.kernpunt.api.model.Partij;
import nl.kernpunt.api.model.Rol;
import nl.kernpunt.api.model.Rolbepaling;
import nl.kernpunt.api.model.Stap;
import nl.kernpunt.api.model.Stapuitkomst;
import nl.kernpunt.api.model.Statusovergang;
import nl.kernpunt.api.model.Uitdaging;
import nl.kernpunt.api.model.VerlopenAfspraak;
import nl.kernpunt.api.model.Vorm;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatus;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.Uitdagingsfase;
import org.mapstruct.Context;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Contract DTOs to and from the domain. MapStruct maps the value objects and enums (same constant
 * names on both sides); the two views of an initiative are written out by hand, because which
 * fields they carry is the point (docs/adr/0007: no names or contact details in the public one).
 */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface InitiatiefApiMapper {

    InitiatiefGegevens naarGegevens(InitiatiefNieuw nieuw);

    InitiatiefGegevens naarGegevens(InitiatiefWijziging wijziging);

    nl.kernpunt.domain.initiatief.Vorm naarDomein(Vorm vorm);

    nl.kernpunt.domain.gedeeld.Contactpersoon naarDomein(Betrokkene betrokkene);

    nl.kernpunt.domain.gedeeld.Contactpersoon naarDomein(Contactpersoon persoon);

    nl.kernpunt.domain.initiatief.InitiatiefStatus naarDomein(InitiatiefStatus status);

    nl.kernpunt.domain.initiatief.Rol naarDomein(Rol rol);

    nl.kernpunt.domain.initiatief.Kanaal naarDomein(nl.kernpunt.api.model.Kanaal kanaal);

    Vorm naarDto(nl.kernpunt.domain.initiatief.Vorm vorm);

    /** An initiator: the same value as a contact person, under the name the contract gives it. */
    Betrokkene naarBetrokkene(nl.kernpunt.domain.gedeeld.Contactpersoon initiatiefnemer);

    Contactpersoon naarDto(nl.kernpunt.domain.gedeeld.Contactpersoon persoon);

    InitiatiefStatus naarDto(nl.kernpunt.domain.initiatief.InitiatiefStatus status);

    Rol naarDto(nl.kernpunt.domain.initiatief.Rol rol);

    nl.kernpunt.api.model.Ondersteuning naarDto(nl.kernpunt.domain.initiatief.Ondersteuning ondersteuning);

    Statusovergang naarDto(nl.kernpunt.domain.initiatief.Statusovergang overgang);

    Rolbepaling naarDto(nl.kernpunt.domain.initiatief.Rolbepaling bepaling);

    Contactmoment naarDto(nl.kernpunt.domain.initiatief.Contactmoment contact);

    nl.kernpunt.domain.initiatief.Partij naarDomein(Partij partij);

    nl.kernpunt.domain.initiatief.Stap naarDomein(Stap stap);

    Stap naarDto(nl.kernpunt.domain.initiatief.Stap stap);

    Stapuitkomst naarDto(nl.kernpunt.domain.initiatief.Stapuitkomst uitkomst);

    nl.kernpunt.domain.initiatief.AfspraakStatus naarDomein(AfspraakStatus status);

    @Mapping(target = "verlopen", expression = "java(afspraak.isVerlopen(vandaag))")
    Afspraak naarDto(nl.kernpunt.domain.initiatief.Afspraak afspraak, @Context LocalDate vandaag);

    /**
     * Listed because it is overdue, so it is judged on the day after its due date, which is at the
     * latest the gemeente's today the query used; the REST adapter needs no clock of its own.
     */
    default VerlopenAfspraak naarDto(nl.kernpunt.application.initiatief.VerlopenAfspraak verlopen) {
        nl.kernpunt.domain.initiatief.Afspraak afspraak = verlopen.afspraak();
        return new VerlopenAfspraak()
                .initiatief(verlopen.initiatief().waarde())
                .titel(verlopen.titel())
                .kern(verlopen.kern().waarde())
                .afspraak(naarDto(afspraak, afspraak.deadline().plusDays(1)));
    }

    /** Everything, personal data included: only staff of the initiative's own gemeente get here. */
    default Initiatief naarDto(GelezenInitiatief gelezen) {
        nl.kernpunt.domain.initiatief.Initiatief initiatief = gelezen.initiatief();
        InitiatiefGegevens gegevens = initiatief.getGegevens();
        return new Initiatief()
                .id(initiatief.getId().waarde())
                .referentie(initiatief.getReferentie().waarde())
                .gemeente(initiatief.getGemeente().waarde())
                .kern(initiatief.getKern().waarde())
                .titel(gegevens.titel())
                .omschrijving(gegevens.omschrijving())
                .vorm(naarDto(gegevens.vorm()))
                // sorted, so the same initiative always reads the same
                .ondersteuning(gegevens.ondersteuning().stream().sorted().map(this::naarDto).toList())
                .betrokkenen(gegevens.betrokkenen().stream().map(this::naarBetrokkene).toList())
                .contactpersoon(naarDto(gegevens.contactpersoon()))
                .kernambtenaar(gelezen.kernambtenaar().map(this::naarDto).orElse(null))
                .status(naarDto(initiatief.getStatus()))
                .rol(initiatief.getRol().map(this::naarDto).orElse(null))
                .stil(gelezen.stil())
                .terugkoppelingOntbreekt(initiatief.terugkoppelingOntbreekt())
                .statushistorie(initiatief.getStatushistorie().stream().map(this::naarDto).toList())
                .rolhistorie(initiatief.getRolhistorie().stream().map(this::naarDto).toList())
                .contactmomenten(initiatief.getContactmomenten().stream().map(this::naarDto).toList())
                .afspraken(initiatief.getAfspraken().stream().map(a -> naarDto(a, gelezen.vandaag())).toList())
                .stappen(initiatief.getStappen().stream().map(this::naarDto).toList())
                .openStappen(initiatief.openStappen().stream().map(this::naarDto).toList())
                .spamOp(utc(initiatief.getSpamOp()))
                .uitdaging(initiatief.uitdaging().map(fase -> uitdaging(fase, initiatief)).orElse(null))
                .aangemaaktOp(utc(initiatief.getAangemaaktOp()))
                .gewijzigdOp(utc(initiatief.getGewijzigdOp()));
    }

    /** The challenge's stage, with the decision's reasons once taken. */
    default Uitdaging uitdaging(Uitdagingsfase fase, nl.kernpunt.domain.initiatief.Initiatief initiatief) {
        Uitdaging uitdaging = new Uitdaging().fase(Uitdaging.FaseEnum.fromValue(fase.extern()));
        initiatief.getUitdagingsbesluit().ifPresent(besluit -> uitdaging.reden(besluit.reden())
                .besluitOp(utc(besluit.op())).besluitDoor(besluit.door()));
        return uitdaging;
    }

    default InitiatiefPagina naarDto(Pagina<GelezenInitiatief> pagina) {
        return new InitiatiefPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }

    /** The public status: title, kern, status, Rol, last change and next step; never a person. */
    default OpenbaarInitiatief naarDto(OpenbareStatus status) {
        nl.kernpunt.domain.initiatief.OpenbaarInitiatief openbaar = status.initiatief();
        return new OpenbaarInitiatief()
                .referentie(openbaar.referentie().waarde())
                .titel(openbaar.titel())
                .kern(status.kernnaam())
                .status(naarDto(openbaar.status()))
                .rol(naarDto(openbaar.rol()))
                .gewijzigdOp(utc(openbaar.gewijzigdOp()))
                .openAfspraken(openbaar.openAfspraken())
                .volgendeStap(openbaar.volgendeStap());
    }
}
