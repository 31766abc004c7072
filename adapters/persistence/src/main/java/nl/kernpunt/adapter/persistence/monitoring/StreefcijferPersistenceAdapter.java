package nl.kernpunt.adapter.persistence.monitoring;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.monitoring.port.out.StreefcijferRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Streefcijfers;

/** The targets on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class StreefcijferPersistenceAdapter extends AggregaatPersistenceAdapter<Streefcijfers, StreefcijfersJpaEntity, UUID>
        implements StreefcijferRepository {

    StreefcijferPersistenceAdapter(StreefcijfersPanacheRepository rijen, StreefcijfersEntityMapper mapper) {
        super("streefcijfers", rijen, mapper);
    }

    @Override
    public Optional<Streefcijfers> vind(Gemeentecode gemeente) {
        return rijen().find("gemeente", gemeente.waarde()).firstResultOptional().map(this::naarDomein);
    }

    /** Two first changes at once: the unique constraint lets one insert win and the other do nothing. */
    @Override
    public void voegToeAlsNieuw(Streefcijfers streefcijfers) {
        entityManager().createNativeQuery("""
                insert into streefcijfers (id, gemeente, percentage_budget_toegekend, percentage_kernen_met_kernagenda,
                                           minimaal_rapportcijfer, minimale_leefbaarometer,
                                           percentage_gebieden_met_overlegtafel, aangemaakt_op, gewijzigd_op, versie)
                values (:id, :gemeente, :budget, :kernagenda, :rapportcijfer, :leefbaarometer, :overlegtafel,
                        :aangemaaktOp, :gewijzigdOp, 0)
                on conflict (gemeente) do nothing""")
                .setParameter("id", streefcijfers.getId())
                .setParameter("gemeente", streefcijfers.getGemeente().waarde())
                .setParameter("budget", streefcijfers.getWaarden().percentageBudgetToegekend())
                .setParameter("kernagenda", streefcijfers.getWaarden().percentageKernenMetKernagenda())
                .setParameter("rapportcijfer", streefcijfers.getWaarden().minimaalRapportcijfer())
                .setParameter("leefbaarometer", streefcijfers.getWaarden().minimaleLeefbaarometer())
                .setParameter("overlegtafel", streefcijfers.getWaarden().percentageGebiedenMetOverlegtafel())
                .setParameter("aangemaaktOp", Tijdstippen.opMicroseconden(streefcijfers.getAangemaaktOp()))
                .setParameter("gewijzigdOp", Tijdstippen.opMicroseconden(streefcijfers.getGewijzigdOp()))
                .executeUpdate();
    }

    @Override
    protected StreefcijfersJpaEntity nieuweRij() {
        return new StreefcijfersJpaEntity();
    }

    @Override
    protected UUID sleutel(Streefcijfers aggregaat) {
        return aggregaat.getId();
    }

    @Override
    protected long versie(Streefcijfers aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(StreefcijfersJpaEntity rij) {
        return rij.versie;
    }
}
