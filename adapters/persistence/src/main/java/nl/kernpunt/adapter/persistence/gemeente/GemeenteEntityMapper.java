package nl.kernpunt.adapter.persistence.gemeente;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Bewaartermijnen;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface GemeenteEntityMapper extends EntityMapper<Gemeente, GemeenteJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call; it maps the parts. */
    default Gemeente naarDomein(GemeenteJpaEntity rij) {
        return Gemeente.reconstitute(new Gemeentecode(rij.code), rij.naam, new Rsin(rij.rsin),
                instellingen(rij), rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    @Mapping(target = "bewaartermijnen", source = "rij")
    GemeenteInstellingen instellingen(GemeenteJpaEntity rij);

    Bewaartermijnen bewaartermijnen(GemeenteJpaEntity rij);

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "rsin", source = "rsin.waarde")
    @Mapping(target = "versie", ignore = true)
    @Mapping(target = ".", source = "instellingen")
    @Mapping(target = ".", source = "instellingen.bewaartermijnen")
    void kopieer(Gemeente bron, @MappingTarget GemeenteJpaEntity doel);
}
