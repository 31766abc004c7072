package nl.kernpunt.adapter.persistence.subsidie;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import org.mapstruct.Mapper;

/** Through the aggregate's own factory; the version is Hibernate's. */
@Mapper
interface SubsidieregelingEntityMapper extends EntityMapper<Subsidieregeling, SubsidieregelingJpaEntity> {

    default Subsidieregeling naarDomein(SubsidieregelingJpaEntity rij) {
        return Subsidieregeling.reconstitute(rij.id, new Gemeentecode(rij.gemeente), rij.soort, rij.naam,
                new Bedrag(rij.bedragCenten), rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    default void kopieer(Subsidieregeling bron, SubsidieregelingJpaEntity doel) {
        doel.id = bron.getId();
        doel.gemeente = bron.getGemeente().waarde();
        doel.soort = bron.getSoort();
        doel.naam = bron.getNaam();
        doel.bedragCenten = bron.getBedrag().centen();
        doel.aangemaaktOp = Tijdstippen.opMicroseconden(bron.getAangemaaktOp());
        doel.gewijzigdOp = Tijdstippen.opMicroseconden(bron.getGewijzigdOp());
    }
}
