package nl.kernpunt.adapter.persistence.traject;

import java.time.Instant;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Optioneel;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Startnotitie;
import nl.kernpunt.domain.traject.TrajectGegevens;
import nl.kernpunt.domain.traject.TrajectId;
import nl.kernpunt.domain.traject.VastgelegdeStap;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** The owner, the startnotitie and each step's outcome, moment and author are flattened into columns. */
@Mapper(uses = {Tijdstippen.class, Optioneel.class, Sleutels.class})
interface ParticipatietrajectEntityMapper extends EntityMapper<Participatietraject, ParticipatietrajectJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Participatietraject naarDomein(ParticipatietrajectJpaEntity rij) {
        Startnotitie startnotitie = rij.startnotitieDatum == null ? null
                : new Startnotitie(rij.startnotitieDatum, rij.startnotitieRaadsbesluit);
        TrajectGegevens gegevens = new TrajectGegevens(rij.onderwerp, rij.omschrijving, rij.gemeentebreed,
                rij.kernen.stream().map(KernId::new).toList(),
                new Contactpersoon(rij.eigenaarNaam, rij.eigenaarEmail, rij.eigenaarTelefoon), rij.kernambtenaren,
                rij.startDatum, rij.eindDatum, rij.groot, rij.politiekGevoelig, startnotitie);
        Participatietraject.Stappen stappen = new Participatietraject.Stappen(
                stap(rij.afweging, rij.afwegingOp, rij.afwegingDoor),
                stap(rij.betrokkenen, rij.betrokkenenOp, rij.betrokkenenDoor),
                stap(rij.niveaubepaling, rij.niveaubepalingOp, rij.niveaubepalingDoor),
                stap(rij.communicatieplan, rij.communicatieplanOp, rij.communicatieplanDoor),
                stap(rij.middelen, rij.middelenOp, rij.middelenDoor),
                stap(rij.evaluatie, rij.evaluatieOp, rij.evaluatieDoor));
        return Participatietraject.reconstitute(new TrajectId(rij.id), new Gemeentecode(rij.gemeente), gegevens,
                rij.fase, rij.niveau, rij.niveauhistorie, stappen,
                new Participatietraject.Deelname(rij.participatieGestartOp, rij.contactmomenten),
                rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row, refilling Hibernate's own list of kernen; the version is Hibernate's. */
    @Mapping(target = ".", source = "gegevens")
    @Mapping(target = "eigenaarNaam", source = "gegevens.eigenaar.naam")
    @Mapping(target = "eigenaarEmail", source = "gegevens.eigenaar.email")
    @Mapping(target = "eigenaarTelefoon", source = "gegevens.eigenaar.telefoon")
    @Mapping(target = "startnotitieDatum", source = "gegevens.startnotitie.datum")
    @Mapping(target = "startnotitieRaadsbesluit", source = "gegevens.startnotitie.raadsbesluit")
    @Mapping(target = "afweging", source = "stappen.afweging.uitkomst")
    @Mapping(target = "afwegingOp", source = "stappen.afweging.vastgelegdOp")
    @Mapping(target = "afwegingDoor", source = "stappen.afweging.vastgelegdDoor")
    @Mapping(target = "betrokkenen", source = "stappen.betrokkenen.uitkomst")
    @Mapping(target = "betrokkenenOp", source = "stappen.betrokkenen.vastgelegdOp")
    @Mapping(target = "betrokkenenDoor", source = "stappen.betrokkenen.vastgelegdDoor")
    @Mapping(target = "niveaubepaling", source = "stappen.niveau.uitkomst")
    @Mapping(target = "niveaubepalingOp", source = "stappen.niveau.vastgelegdOp")
    @Mapping(target = "niveaubepalingDoor", source = "stappen.niveau.vastgelegdDoor")
    @Mapping(target = "communicatieplan", source = "stappen.communicatieplan.uitkomst")
    @Mapping(target = "communicatieplanOp", source = "stappen.communicatieplan.vastgelegdOp")
    @Mapping(target = "communicatieplanDoor", source = "stappen.communicatieplan.vastgelegdDoor")
    @Mapping(target = "middelen", source = "stappen.middelen.uitkomst")
    @Mapping(target = "middelenOp", source = "stappen.middelen.vastgelegdOp")
    @Mapping(target = "middelenDoor", source = "stappen.middelen.vastgelegdDoor")
    @Mapping(target = "evaluatie", source = "stappen.evaluatie.uitkomst")
    @Mapping(target = "evaluatieOp", source = "stappen.evaluatie.vastgelegdOp")
    @Mapping(target = "evaluatieDoor", source = "stappen.evaluatie.vastgelegdDoor")
    @Mapping(target = "participatieGestartOp", source = "deelname.gestartOp")
    @Mapping(target = "stilSinds", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Participatietraject bron, @MappingTarget ParticipatietrajectJpaEntity doel);

    /** By hand: MapStruct cannot read through the Optional the silence comes in. */
    @AfterMapping
    default void afgeleid(Participatietraject bron, @MappingTarget ParticipatietrajectJpaEntity doel) {
        doel.stilSinds = Tijdstippen.opMicroseconden(bron.stilSinds().orElse(null));
    }

    private static <S> VastgelegdeStap<S> stap(S uitkomst, Instant op, String door) {
        return uitkomst == null ? null : new VastgelegdeStap<>(uitkomst, op, door);
    }
}
