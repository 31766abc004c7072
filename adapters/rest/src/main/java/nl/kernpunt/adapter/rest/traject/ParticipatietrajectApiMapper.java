package nl.kernpunt.adapter.rest.traject;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Actor;
import nl.kernpunt.api.model.Afweging;
import nl.kernpunt.api.model.Betrokkenen;
import nl.kernpunt.api.model.Communicatieplan;
import nl.kernpunt.api.model.Contactmoment;
import nl.kernpunt.api.model.Contactpersoon;
import nl.kernpunt.api.model.Evaluatie;
import nl.kernpunt.api.model.Kanaal;
import nl.kernpunt.api.model.Ladderniveau;
import nl.kernpunt.api.model.Middelenkeuze;
import nl.kernpunt.api.model.Mijlpaal;
import nl.kernpunt.api.model.Niveaubepaling;
import nl.kernpunt.api.model.Niveauwijziging;
import nl.kernpunt.api.model.Participatieladder;
import nl.kernpunt.api.model.Participatiemiddel;
import nl.kernpunt.api.model.Participatieniveau;
import nl.kernpunt.api.model.Participatietraject;
import nl.kernpunt.api.model.ParticipatietrajectGegevens;
import nl.kernpunt.api.model.ParticipatietrajectPagina;
import nl.kernpunt.api.model.Startnotitie;
import nl.kernpunt.api.model.TrajectAuditregel;
import nl.kernpunt.api.model.TrajectAuditspoor;
import nl.kernpunt.api.model.Trajectfase;
import nl.kernpunt.api.model.Trajectstap;
import nl.kernpunt.api.model.Trajectstappen;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.domain.traject.Fase;
import nl.kernpunt.domain.traject.Stap;
import nl.kernpunt.domain.traject.TrajectGegevens;
import nl.kernpunt.domain.traject.VastgelegdeStap;
import org.mapstruct.BeanMapping;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.NullValueMappingStrategy;

/**
 * Between the contract's DTOs and the traject's domain types. Requests become domain records
 * through MapStruct; answers are assembled in default methods, because nearly every part of
 * the answer is a flattening (a step with when and by whom, the level with its ladder facts)
 * and the generated DTOs' list helpers would each need an ignore.
 */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface ParticipatietrajectApiMapper {

    // --- requests --------------------------------------------------------------------------

    TrajectGegevens naarDomein(ParticipatietrajectGegevens gegevens);

    nl.kernpunt.domain.gedeeld.Contactpersoon naarDomein(Contactpersoon persoon);

    nl.kernpunt.domain.traject.Startnotitie naarDomein(Startnotitie startnotitie);

    nl.kernpunt.domain.traject.Afweging naarDomein(Afweging afweging);

    nl.kernpunt.domain.traject.Actor naarDomein(Actor actor);

    nl.kernpunt.domain.traject.Betrokkenen naarDomein(Betrokkenen betrokkenen);

    nl.kernpunt.domain.traject.Niveaubepaling naarDomein(Niveaubepaling bepaling);

    nl.kernpunt.domain.traject.Mijlpaal naarDomein(Mijlpaal mijlpaal);

    nl.kernpunt.domain.traject.Communicatieplan naarDomein(Communicatieplan plan);

    nl.kernpunt.domain.traject.Participatiemiddel naarDomein(Participatiemiddel middel);

    nl.kernpunt.domain.traject.Middelen naarDomein(Middelenkeuze keuze);

    nl.kernpunt.domain.traject.Evaluatie naarDomein(Evaluatie evaluatie);

    nl.kernpunt.domain.traject.Participatieniveau naarDomein(Participatieniveau niveau);

    /** Without any filter the list still needs a filter: one whose fields are all empty. */
    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    @Mapping(target = "gemeente", ignore = true)
    @Mapping(target = "gewijzigdSinds", source = "updatedSince")
    @Mapping(target = "stilGrenzen", ignore = true)
    TrajectFilter naarFilter(UUID kern, Participatieniveau niveau, Trajectfase fase, String eigenaar,
                             Trajectstap openStap, OffsetDateTime updatedSince, Boolean stil);

    Fase naarDomein(Trajectfase fase);

    Stap naarDomein(Trajectstap stap);

    // --- answers ---------------------------------------------------------------------------

    Participatieniveau naarDto(nl.kernpunt.domain.traject.Participatieniveau niveau);

    Trajectfase naarDto(Fase fase);

    Trajectstap naarDto(Stap stap);

    Contactpersoon naarDto(nl.kernpunt.domain.gedeeld.Contactpersoon persoon);

    default Participatieladder ladder() {
        return new Participatieladder().niveaus(Arrays.stream(nl.kernpunt.domain.traject.Participatieniveau.values())
                .map(niveau -> new Ladderniveau().niveau(naarDto(niveau)).rang(niveau.rang())
                        .rolInwoner(niveau.rolInwoner()).rolOverheid(niveau.rolOverheid())
                        .schaalverdieping(niveau.isSchaalverdieping()))
                .toList());
    }

    default Participatietraject naarDto(GelezenTraject gelezen) {
        return naarDto(gelezen.traject()).stil(gelezen.stil());
    }

    Contactmoment naarDto(nl.kernpunt.domain.initiatief.Contactmoment contact);

    nl.kernpunt.domain.initiatief.Kanaal naarDomein(Kanaal kanaal);

    default Participatietraject naarDto(nl.kernpunt.domain.traject.Participatietraject traject) {
        TrajectGegevens g = traject.getGegevens();
        return new Participatietraject()
                .id(traject.getId().waarde())
                .gemeente(traject.getGemeente().waarde())
                .onderwerp(g.onderwerp())
                .omschrijving(g.omschrijving())
                .gemeentebreed(g.gemeentebreed())
                .kernen(g.kernen().stream().map(k -> k.waarde()).toList())
                .eigenaar(naarDto(g.eigenaar()))
                .kernambtenaren(g.kernambtenaren().stream().map(this::naarDto).toList())
                .startDatum(g.startDatum())
                .eindDatum(g.eindDatum())
                .groot(g.groot())
                .politiekGevoelig(g.politiekGevoelig())
                .startnotitie(g.startnotitie() == null ? null : new Startnotitie()
                        .datum(g.startnotitie().datum()).raadsbesluit(g.startnotitie().raadsbesluit()))
                .fase(naarDto(traject.getFase()))
                .niveau(traject.getNiveau().map(this::naarDto).orElse(null))
                .schaalverdieping(traject.isSchaalverdieping())
                .niveauhistorie(traject.getNiveauhistorie().stream().map(this::naarDto).toList())
                .stappen(stappen(traject))
                .openStappen(traject.openStappen().stream().map(this::naarDto).toList())
                .contactmomenten(traject.getContactmomenten().stream().map(this::naarDto).toList())
                .aangemaaktOp(utc(traject.getAangemaaktOp()))
                .gewijzigdOp(utc(traject.getGewijzigdOp()));
    }

    default Niveauwijziging naarDto(nl.kernpunt.domain.traject.Niveauwijziging wijziging) {
        return new Niveauwijziging()
                .van(wijziging.van() == null ? null : naarDto(wijziging.van()))
                .naar(naarDto(wijziging.naar()))
                .op(utc(wijziging.op()))
                .door(wijziging.door())
                .reden(wijziging.reden());
    }

    default Trajectstappen stappen(nl.kernpunt.domain.traject.Participatietraject traject) {
        nl.kernpunt.domain.traject.Participatietraject.Stappen s = traject.getStappen();
        Trajectstappen stappen = new Trajectstappen();
        if (s.afweging() != null) {
            var a = s.afweging().uitkomst();
            stappen.afweging(new Afweging().ruimteVoorParticipatie(a.ruimteVoorParticipatie()).geschiktheid(a.geschiktheid())
                    .doel(Afweging.DoelEnum.valueOf(a.doel().name())).consequenties(a.consequenties())
                    .tijdEnMiddelen(a.tijdEnMiddelen()).geschiedenis(a.geschiedenis())
                    .participatieGewenst(a.participatieGewenst()).motivering(a.motivering())
                    .communicatieBijNee(a.communicatieBijNee())
                    .vastgelegdOp(op(s.afweging())).vastgelegdDoor(s.afweging().vastgelegdDoor()));
        }
        if (s.betrokkenen() != null) {
            var b = s.betrokkenen().uitkomst();
            stappen.betrokkenen(new Betrokkenen()
                    .actoren(b.actoren().stream().map(x -> new Actor().naam(x.naam()).belang(x.belang())
                            .invloed(x.invloed()).standpunt(x.standpunt())).toList())
                    .rolGemeenteraad(b.rolGemeenteraad()).ontbrekendeGroepen(b.ontbrekendeGroepen())
                    .vastgelegdOp(op(s.betrokkenen())).vastgelegdDoor(s.betrokkenen().vastgelegdDoor()));
        }
        if (s.niveau() != null) {
            var n = s.niveau().uitkomst();
            // the step shows the traject's current level: it may have changed since step 3 (see niveauhistorie)
            stappen.niveau(new Niveaubepaling().niveau(traject.getNiveau().map(this::naarDto).orElse(null))
                    .gebruikUitkomst(n.gebruikUitkomst()).kaderWet(n.kaderWet()).kaderBeleid(n.kaderBeleid())
                    .kaderGeld(n.kaderGeld())
                    .vastgelegdOp(op(s.niveau())).vastgelegdDoor(s.niveau().vastgelegdDoor()));
        }
        if (s.communicatieplan() != null) {
            var c = s.communicatieplan().uitkomst();
            stappen.communicatieplan(new Communicatieplan().kernboodschappen(c.kernboodschappen())
                    .mijlpalen(c.mijlpalen().stream().map(m -> new Mijlpaal().datum(m.datum()).doel(m.doel())
                            .deelnemers(m.deelnemers()).rollen(m.rollen()).middelen(m.middelen())).toList())
                    .vastgelegdOp(op(s.communicatieplan())).vastgelegdDoor(s.communicatieplan().vastgelegdDoor()));
        }
        if (s.middelen() != null) {
            var m = s.middelen().uitkomst();
            stappen.middelen(new Middelenkeuze()
                    .middelen(m.middelen().stream().map(x -> new Participatiemiddel()
                            .type(Participatiemiddel.TypeEnum.valueOf(x.type().name())).omschrijving(x.omschrijving())).toList())
                    .vastgelegdOp(op(s.middelen())).vastgelegdDoor(s.middelen().vastgelegdDoor()));
        }
        if (s.evaluatie() != null) {
            var e = s.evaluatie().uitkomst();
            stappen.evaluatie(new Evaluatie().terugkoppeling(e.terugkoppeling()).doelenBehaald(e.doelenBehaald())
                    .succesfactoren(e.succesfactoren()).lessen(e.lessen()).belemmerendeRegels(e.belemmerendeRegels())
                    .rapportcijfer(e.rapportcijfer())
                    .vastgelegdOp(op(s.evaluatie())).vastgelegdDoor(s.evaluatie().vastgelegdDoor()));
        }
        return stappen;
    }

    default ParticipatietrajectPagina naarDto(Pagina<GelezenTraject> pagina) {
        return new ParticipatietrajectPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }

    default TrajectAuditspoor naarDto(List<Auditregel> regels) {
        return new TrajectAuditspoor().resultaten(regels.stream()
                .map(r -> new TrajectAuditregel().op(utc(r.op())).door(r.door()).actie(r.actie()).gegevens(r.gegevens()))
                .toList());
    }

    private static OffsetDateTime op(VastgelegdeStap<?> stap) {
        return utc(stap.vastgelegdOp());
    }
}
