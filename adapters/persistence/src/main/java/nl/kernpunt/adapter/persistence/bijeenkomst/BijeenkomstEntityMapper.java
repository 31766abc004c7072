package nl.kernpunt.adapter.persistence.bijeenkomst;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.bijeenkomst.Terugkoppeling;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface BijeenkomstEntityMapper extends EntityMapper<Bijeenkomst, BijeenkomstJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Bijeenkomst naarDomein(BijeenkomstJpaEntity rij) {
        BijeenkomstGegevens gegevens = new BijeenkomstGegevens(rij.titel, rij.soort, rij.datum,
                rij.kernen.stream().map(KernId::new).toList(), rij.aantalDeelnemers, rij.initiatieven, rij.trajecten,
                rij.verslag);
        Terugkoppeling terugkoppeling = rij.terugkoppelingDatum == null ? null : new Terugkoppeling(
                rij.terugkoppelingDatum, rij.terugkoppelingWijze, rij.terugkoppelingSamenvatting, rij.terugkoppelingDoor);
        return Bijeenkomst.reconstitute(new BijeenkomstId(rij.id), new Gemeentecode(rij.gemeente), gegevens,
                rij.terugkoppelingUiterlijk, terugkoppeling, rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row, refilling Hibernate's own list of kernen; the version is Hibernate's. */
    @Mapping(target = ".", source = "gegevens")
    @Mapping(target = "terugkoppelingDatum", ignore = true)
    @Mapping(target = "terugkoppelingWijze", ignore = true)
    @Mapping(target = "terugkoppelingSamenvatting", ignore = true)
    @Mapping(target = "terugkoppelingDoor", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Bijeenkomst bron, @MappingTarget BijeenkomstJpaEntity doel);

    /** By hand: MapStruct 1.6 cannot read through the Optional the feedback comes in. */
    @AfterMapping
    default void terugkoppeling(Bijeenkomst bron, @MappingTarget BijeenkomstJpaEntity doel) {
        Terugkoppeling t = bron.getTerugkoppeling().orElse(null);
        doel.terugkoppelingDatum = t == null ? null : t.datum();
        doel.terugkoppelingWijze = t == null ? null : t.wijze();
        doel.terugkoppelingSamenvatting = t == null ? null : t.samenvatting();
        doel.terugkoppelingDoor = t == null ? null : t.door();
    }
}
