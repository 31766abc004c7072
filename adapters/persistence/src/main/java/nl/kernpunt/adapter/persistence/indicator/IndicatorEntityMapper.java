package nl.kernpunt.adapter.persistence.indicator;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.Benchmark;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.indicator.Jaarwaarde;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** The baseline, benchmark and target are flattened into columns. */
@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface IndicatorEntityMapper extends EntityMapper<Indicator, IndicatorJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Indicator naarDomein(IndicatorJpaEntity rij) {
        IndicatorGegevens gegevens = new IndicatorGegevens(rij.naam, rij.omschrijving, rij.eenheid, rij.bron,
                rij.kernId == null ? null : new KernId(rij.kernId),
                new Jaarwaarde(rij.nulmetingWaarde, rij.nulmetingJaar),
                rij.benchmarkWaarde == null ? null : new Benchmark(rij.benchmarkWaarde, rij.benchmarkOmschrijving),
                rij.streefWaarde == null ? null : new Jaarwaarde(rij.streefWaarde, rij.streefJaar));
        return Indicator.reconstitute(new IndicatorId(rij.id), new Gemeentecode(rij.gemeente), gegevens, rij.metingen,
                rij.aangemaaktOp, rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = ".", source = "gegevens")
    @Mapping(target = "kernId", source = "gegevens.kern.waarde")
    @Mapping(target = "nulmetingWaarde", source = "gegevens.nulmeting.waarde")
    @Mapping(target = "nulmetingJaar", source = "gegevens.nulmeting.jaar")
    @Mapping(target = "benchmarkWaarde", source = "gegevens.benchmark.waarde")
    @Mapping(target = "benchmarkOmschrijving", source = "gegevens.benchmark.omschrijving")
    @Mapping(target = "streefWaarde", source = "gegevens.streefwaarde.waarde")
    @Mapping(target = "streefJaar", source = "gegevens.streefwaarde.jaar")
    @Mapping(target = "versie", ignore = true)
    void kopieer(Indicator bron, @MappingTarget IndicatorJpaEntity doel);
}
