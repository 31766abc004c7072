package nl.kernpunt.adapter.persistence.monitoring;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Streefcijfers;
import nl.kernpunt.domain.gemeente.Streefwaarden;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface StreefcijfersEntityMapper extends EntityMapper<Streefcijfers, StreefcijfersJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Streefcijfers naarDomein(StreefcijfersJpaEntity rij) {
        return Streefcijfers.reconstitute(rij.id, new Gemeentecode(rij.gemeente), new Streefwaarden(
                rij.percentageBudgetToegekend, rij.percentageKernenMetKernagenda, rij.minimaalRapportcijfer,
                rij.minimaleLeefbaarometer, rij.percentageGebiedenMetOverlegtafel), rij.aangemaaktOp, rij.gewijzigdOp,
                rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "versie", ignore = true)
    @Mapping(target = ".", source = "waarden")
    void kopieer(Streefcijfers bron, @MappingTarget StreefcijfersJpaEntity doel);
}
