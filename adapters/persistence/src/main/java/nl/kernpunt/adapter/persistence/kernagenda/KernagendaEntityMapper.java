package nl.kernpunt.adapter.persistence.kernagenda;

import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Kernagenda;
import nl.kernpunt.domain.kernagenda.Thema;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface KernagendaEntityMapper extends EntityMapper<Kernagenda, KernagendaJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Kernagenda naarDomein(KernagendaJpaEntity rij) {
        return Kernagenda.reconstitute(new KernId(rij.kernId), new Gemeentecode(rij.gemeente), rij.themas, rij.canvas,
                rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "kernId", source = "kern")
    @Mapping(target = "aantalThemas", source = "themas")
    @Mapping(target = "versie", ignore = true)
    void kopieer(Kernagenda bron, @MappingTarget KernagendaJpaEntity doel);

    /** Stored next to the themes so lists and figures can count them in SQL. */
    default int aantal(List<Thema> themas) {
        return themas.size();
    }
}
