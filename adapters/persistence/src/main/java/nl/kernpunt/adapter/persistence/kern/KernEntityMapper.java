package nl.kernpunt.adapter.persistence.kern;

import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Functievervulling;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.subsidie.Bedrag;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface KernEntityMapper extends EntityMapper<Kern, KernJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call; it maps the parts. */
    default Kern naarDomein(KernJpaEntity rij) {
        return Kern.reconstitute(new KernId(rij.id), new Gemeentecode(rij.gemeente), profiel(rij),
                functiehistorie(rij.functiehistorie), rij.gearchiveerd, maatwerk(rij),
                rij.aangemaaktOp,
                rij.gewijzigdOp, rij.versie);
    }

    KernProfiel profiel(KernJpaEntity rij);

    default Maatwerk maatwerk(KernJpaEntity rij) {
        return new Maatwerk(rij.eigenAntwoordtermijnDagen, rij.eigenStilteDrempelDagen,
                rij.eigenLeefbaarheidsbudgetCenten == null ? null : new Bedrag(rij.eigenLeefbaarheidsbudgetCenten));
    }

    List<Functievervulling> functiehistorie(List<FunctievervullingJpaEmbeddable> rijen);

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "versie", ignore = true)
    @Mapping(target = ".", source = "profiel")
    @Mapping(target = "eigenAntwoordtermijnDagen", source = "maatwerk.antwoordtermijnDagen")
    @Mapping(target = "eigenStilteDrempelDagen", source = "maatwerk.stilteDrempelDagen")
    @Mapping(target = "eigenLeefbaarheidsbudgetCenten", source = "maatwerk.leefbaarheidsbudget.centen")
    void kopieer(Kern bron, @MappingTarget KernJpaEntity doel);
}
