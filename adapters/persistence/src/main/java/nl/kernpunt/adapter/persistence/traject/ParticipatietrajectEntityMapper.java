package nl.kernpunt.adapter.persistence.traject;

import static nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen.opMicroseconden;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Startnotitie;
import nl.kernpunt.domain.traject.TrajectGegevens;
import nl.kernpunt.domain.traject.TrajectId;
import nl.kernpunt.domain.traject.VastgelegdeStap;

/**
 * Between the traject and its row. Written by hand rather than with MapStruct: the row has
 * package-private fields (MapStruct maps only public ones or accessors) and almost every column
 * is a flattening (owner, startnotitie, each step's outcome, moment and author) that MapStruct
 * would need an explicit mapping for anyway.
 */
@ApplicationScoped
class ParticipatietrajectEntityMapper implements EntityMapper<Participatietraject, ParticipatietrajectJpaEntity> {

    @Override
    public Participatietraject naarDomein(ParticipatietrajectJpaEntity rij) {
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
                rij.fase, rij.niveau, rij.niveauhistorie, stappen, rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Override
    public void kopieer(Participatietraject bron, ParticipatietrajectJpaEntity doel) {
        TrajectGegevens g = bron.getGegevens();
        doel.id = bron.getId().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.onderwerp = g.onderwerp();
        doel.omschrijving = g.omschrijving();
        doel.gemeentebreed = g.gemeentebreed();
        // refill Hibernate's own list, so the collection table is updated rather than replaced
        doel.kernen.clear();
        g.kernen().forEach(kern -> doel.kernen.add(kern.waarde()));
        doel.eigenaarNaam = g.eigenaar().naam();
        doel.eigenaarEmail = g.eigenaar().email();
        doel.eigenaarTelefoon = g.eigenaar().telefoon();
        doel.kernambtenaren = g.kernambtenaren();
        doel.startDatum = g.startDatum();
        doel.eindDatum = g.eindDatum();
        doel.groot = g.groot();
        doel.politiekGevoelig = g.politiekGevoelig();
        doel.startnotitieDatum = g.startnotitie() == null ? null : g.startnotitie().datum();
        doel.startnotitieRaadsbesluit = g.startnotitie() == null ? null : g.startnotitie().raadsbesluit();
        doel.fase = bron.getFase();
        doel.niveau = bron.getNiveau().orElse(null);
        doel.niveauhistorie = bron.getNiveauhistorie();
        Participatietraject.Stappen stappen = bron.getStappen();
        doel.afweging = uitkomst(stappen.afweging());
        doel.afwegingOp = op(stappen.afweging());
        doel.afwegingDoor = door(stappen.afweging());
        doel.betrokkenen = uitkomst(stappen.betrokkenen());
        doel.betrokkenenOp = op(stappen.betrokkenen());
        doel.betrokkenenDoor = door(stappen.betrokkenen());
        doel.niveaubepaling = uitkomst(stappen.niveau());
        doel.niveaubepalingOp = op(stappen.niveau());
        doel.niveaubepalingDoor = door(stappen.niveau());
        doel.communicatieplan = uitkomst(stappen.communicatieplan());
        doel.communicatieplanOp = op(stappen.communicatieplan());
        doel.communicatieplanDoor = door(stappen.communicatieplan());
        doel.middelen = uitkomst(stappen.middelen());
        doel.middelenOp = op(stappen.middelen());
        doel.middelenDoor = door(stappen.middelen());
        doel.evaluatie = uitkomst(stappen.evaluatie());
        doel.evaluatieOp = op(stappen.evaluatie());
        doel.evaluatieDoor = door(stappen.evaluatie());
        doel.aangemaaktOp = opMicroseconden(bron.getAangemaaktOp());
        doel.gewijzigdOp = opMicroseconden(bron.getGewijzigdOp());
    }

    private static <S> VastgelegdeStap<S> stap(S uitkomst, Instant op, String door) {
        return uitkomst == null ? null : new VastgelegdeStap<>(uitkomst, op, door);
    }

    private static <S> S uitkomst(VastgelegdeStap<S> stap) {
        return stap == null ? null : stap.uitkomst();
    }

    private static Instant op(VastgelegdeStap<?> stap) {
        return stap == null ? null : opMicroseconden(stap.vastgelegdOp());
    }

    private static String door(VastgelegdeStap<?> stap) {
        return stap == null ? null : stap.vastgelegdDoor();
    }
}
