package nl.kernpunt.adapter.persistence.bijeenkomst;

import static nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen.opMicroseconden;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.bijeenkomst.Terugkoppeling;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/** Between the meeting and its row; by hand, as the traject's mapper and for the same reasons (flattened feedback). */
@ApplicationScoped
class BijeenkomstEntityMapper implements EntityMapper<Bijeenkomst, BijeenkomstJpaEntity> {

    @Override
    public Bijeenkomst naarDomein(BijeenkomstJpaEntity rij) {
        BijeenkomstGegevens gegevens = new BijeenkomstGegevens(rij.titel, rij.soort, rij.datum,
                rij.kernen.stream().map(KernId::new).toList(), rij.aantalDeelnemers, rij.initiatieven, rij.trajecten,
                rij.verslag);
        Terugkoppeling terugkoppeling = rij.terugkoppelingDatum == null ? null : new Terugkoppeling(
                rij.terugkoppelingDatum, rij.terugkoppelingWijze, rij.terugkoppelingSamenvatting, rij.terugkoppelingDoor);
        return Bijeenkomst.reconstitute(new BijeenkomstId(rij.id), new Gemeentecode(rij.gemeente), gegevens,
                rij.terugkoppelingUiterlijk, terugkoppeling, rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Override
    public void kopieer(Bijeenkomst bron, BijeenkomstJpaEntity doel) {
        BijeenkomstGegevens g = bron.getGegevens();
        doel.id = bron.getId().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.titel = g.titel();
        doel.soort = g.soort();
        doel.datum = g.datum();
        // refill Hibernate's own list, so the collection table is updated rather than replaced
        doel.kernen.clear();
        g.kernen().forEach(kern -> doel.kernen.add(kern.waarde()));
        doel.aantalDeelnemers = g.aantalDeelnemers();
        doel.initiatieven = g.initiatieven();
        doel.trajecten = g.trajecten();
        doel.verslag = g.verslag();
        doel.terugkoppelingUiterlijk = bron.getTerugkoppelingUiterlijk();
        Terugkoppeling t = bron.getTerugkoppeling().orElse(null);
        doel.terugkoppelingDatum = t == null ? null : t.datum();
        doel.terugkoppelingWijze = t == null ? null : t.wijze();
        doel.terugkoppelingSamenvatting = t == null ? null : t.samenvatting();
        doel.terugkoppelingDoor = t == null ? null : t.door();
        doel.aangemaaktOp = opMicroseconden(bron.getAangemaaktOp());
        doel.gewijzigdOp = opMicroseconden(bron.getGewijzigdOp());
    }
}
