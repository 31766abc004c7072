package nl.kernpunt.adapter.persistence.subsidie;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Lijsten;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import nl.kernpunt.domain.subsidie.UitgeslotenKosten;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface SubsidieregelingEntityMapper extends EntityMapper<Subsidieregeling, SubsidieregelingJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Subsidieregeling naarDomein(SubsidieregelingJpaEntity rij) {
        return Subsidieregeling.reconstitute(rij.id, new Gemeentecode(rij.gemeente), new Regelingcode(rij.code),
                rij.budgetsoort, rij.ontvangersoort, uitgeslotenNaarDomein(rij.uitgeslotenKosten), rij.naam,
                new Bedrag(rij.bedragCenten), new Doeltoets(doeltoetsNaarDomein(rij.doeltoets)), rij.gearchiveerd,
                rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "bedragCenten", source = "bedrag.centen")
    @Mapping(target = "doeltoets", ignore = true)
    @Mapping(target = "uitgeslotenKosten", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Subsidieregeling bron, @MappingTarget SubsidieregelingJpaEntity doel);

    /** By hand: the list is Hibernate's own and refilled only when changed. */
    @AfterMapping
    default void doeltoets(Subsidieregeling bron, @MappingTarget SubsidieregelingJpaEntity doel) {
        Lijsten.vervang(doel.doeltoets, doeltoetsNaarRijen(bron.getDoeltoets().criteria()));
        Lijsten.vervang(doel.uitgeslotenKosten, uitgeslotenNaarRijen(bron.getUitgeslotenKosten()));
    }

    default String code(Regelingcode code) {
        return code.waarde();
    }

    default Ontvangersoort ontvangersoort(Optional<Ontvangersoort> soort) {
        return soort.orElse(null);
    }

    List<UitgeslotenKosten> uitgeslotenNaarDomein(List<UitgeslotenKostenJpaEmbeddable> rijen);

    List<UitgeslotenKostenJpaEmbeddable> uitgeslotenNaarRijen(List<UitgeslotenKosten> uitgesloten);

    List<Doelcriterium> doeltoetsNaarDomein(List<DoelcriteriumJpaEmbeddable> rijen);

    List<DoelcriteriumJpaEmbeddable> doeltoetsNaarRijen(List<Doelcriterium> criteria);
}
