package nl.kernpunt.adapter.persistence.indicator;

import static nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen.opMicroseconden;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.Benchmark;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.indicator.Jaarwaarde;
import nl.kernpunt.domain.kern.KernId;

/** Between the figure and its row; the baseline, benchmark and target are flattened into columns. */
@ApplicationScoped
class IndicatorEntityMapper implements EntityMapper<Indicator, IndicatorJpaEntity> {

    @Override
    public Indicator naarDomein(IndicatorJpaEntity rij) {
        IndicatorGegevens gegevens = new IndicatorGegevens(rij.naam, rij.omschrijving, rij.eenheid, rij.bron,
                rij.kernId == null ? null : new KernId(rij.kernId),
                new Jaarwaarde(rij.nulmetingWaarde, rij.nulmetingJaar),
                rij.benchmarkWaarde == null ? null : new Benchmark(rij.benchmarkWaarde, rij.benchmarkOmschrijving),
                rij.streefWaarde == null ? null : new Jaarwaarde(rij.streefWaarde, rij.streefJaar));
        return Indicator.reconstitute(new IndicatorId(rij.id), new Gemeentecode(rij.gemeente), gegevens, rij.metingen,
                rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Override
    public void kopieer(Indicator bron, IndicatorJpaEntity doel) {
        IndicatorGegevens g = bron.getGegevens();
        doel.id = bron.getId().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.naam = g.naam();
        doel.omschrijving = g.omschrijving();
        doel.eenheid = g.eenheid();
        doel.bron = g.bron();
        doel.kernId = g.kern() == null ? null : g.kern().waarde();
        doel.nulmetingWaarde = g.nulmeting().waarde();
        doel.nulmetingJaar = g.nulmeting().jaar();
        doel.benchmarkWaarde = g.benchmark() == null ? null : g.benchmark().waarde();
        doel.benchmarkOmschrijving = g.benchmark() == null ? null : g.benchmark().omschrijving();
        doel.streefWaarde = g.streefwaarde() == null ? null : g.streefwaarde().waarde();
        doel.streefJaar = g.streefwaarde() == null ? null : g.streefwaarde().jaar();
        doel.metingen = bron.getMetingen();
        doel.aangemaaktOp = opMicroseconden(bron.getAangemaaktOp());
        doel.gewijzigdOp = opMicroseconden(bron.getGewijzigdOp());
    }
}
