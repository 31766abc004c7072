package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/** The schemes on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class SubsidieregelingPersistenceAdapter
        extends AggregaatPersistenceAdapter<Subsidieregeling, SubsidieregelingJpaEntity, UUID>
        implements SubsidieregelingRepository {

    SubsidieregelingPersistenceAdapter(SubsidieregelingPanacheRepository regelingen,
                                       SubsidieregelingEntityMapper mapper) {
        super("subsidieregeling", regelingen, mapper);
    }

    @Override
    public List<Subsidieregeling> van(Gemeentecode gemeente) {
        return rijen().list("gemeente", gemeente.waarde()).stream().map(this::naarDomein)
                .sorted(Comparator.comparing(Subsidieregeling::getSoort)).toList();
    }

    @Override
    public Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingsoort soort) {
        return rijen().find("gemeente = ?1 and soort = ?2", gemeente.waarde(), soort).firstResultOptional()
                .map(this::naarDomein);
    }

    /** Two first uses at once: the unique index lets one insert win and the other do nothing. */
    @Override
    public void voegToeAlsNieuw(Subsidieregeling regeling) {
        entityManager().createNativeQuery("""
                insert into subsidieregeling (id, gemeente, soort, naam, bedrag_centen, aangemaakt_op, gewijzigd_op, versie)
                values (:id, :gemeente, :soort, :naam, :bedrag, :aangemaaktOp, :gewijzigdOp, 0)
                on conflict (gemeente, soort) do nothing""")
                .setParameter("id", regeling.getId())
                .setParameter("gemeente", regeling.getGemeente().waarde())
                .setParameter("soort", regeling.getSoort().name())
                .setParameter("naam", regeling.getNaam())
                .setParameter("bedrag", regeling.getBedrag().centen())
                .setParameter("aangemaaktOp", Tijdstippen.opMicroseconden(regeling.getAangemaaktOp()))
                .setParameter("gewijzigdOp", Tijdstippen.opMicroseconden(regeling.getGewijzigdOp()))
                .executeUpdate();
    }

    @Override
    protected SubsidieregelingJpaEntity nieuweRij() {
        return new SubsidieregelingJpaEntity();
    }

    @Override
    protected UUID sleutel(Subsidieregeling aggregaat) {
        return aggregaat.getId();
    }

    @Override
    protected long versie(Subsidieregeling aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(SubsidieregelingJpaEntity rij) {
        return rij.versie;
    }
}
