package nl.kernpunt.adapter.persistence.kernagenda;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.kernagenda.port.out.KernagendaRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Kernagenda;

/** The kernagenda port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class KernagendaPersistenceAdapter extends AggregaatPersistenceAdapter<Kernagenda, KernagendaJpaEntity, UUID>
        implements KernagendaRepository {

    KernagendaPersistenceAdapter(KernagendaPanacheRepository agendas, KernagendaEntityMapper mapper) {
        super("kernagenda", agendas, mapper);
    }

    @Override
    public Optional<Kernagenda> vind(KernId kern) {
        return vindOp(kern.waarde());
    }

    @Override
    public long telKernenMetAgenda(Monitoringbereik bereik) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("a.gemeente = :gemeente").met("gemeente", bereik.gemeente().waarde())
                .en("a.aantalThemas > 0")
                .en("a.kernId in (select k.id from KernJpaEntity k where k.gearchiveerd = false)");
        bereik.kern().ifPresent(kern -> voorwaarden.en("a.kernId = :kern").met("kern", kern.waarde()));
        var query = entityManager().createQuery(
                "select count(a) from KernagendaJpaEntity a where " + voorwaarden.hql(), Long.class);
        voorwaarden.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Two first writes for one kern at the same moment: the second finds the row taken. */
    @Override
    protected List<Wegschrijven.UniekeIndex> uniekeIndexen(Kernagenda agenda) {
        return List.of(new Wegschrijven.UniekeIndex("kernagenda_pk", () -> new RegelGeschonden(
                "kernagenda-gelijktijdig-gewijzigd", "de kernagenda van kern " + agenda.getKern()
                        + " werd tegelijk door een ander vastgelegd; lees hem opnieuw")));
    }

    @Override
    protected KernagendaJpaEntity nieuweRij() {
        return new KernagendaJpaEntity();
    }

    @Override
    protected UUID sleutel(Kernagenda aggregaat) {
        return aggregaat.getKern().waarde();
    }

    @Override
    protected long versie(Kernagenda aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(KernagendaJpaEntity rij) {
        return rij.versie;
    }
}
