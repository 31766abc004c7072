package nl.kernpunt.adapter.persistence.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Leaseclaim;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gebeurtenis.Bezorging;
import nl.kernpunt.application.gebeurtenis.GeparkeerdeBezorging;
import nl.kernpunt.application.gebeurtenis.port.out.Bezorgingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** Webhook deliveries on PostgreSQL, claimed the way zaak_outbox rows are (docs/adr/0012); joins the caller's transaction. */
@ApplicationScoped
class BezorgingenPersistenceAdapter implements Bezorgingen {

    private final EntityManager database;
    private final GebeurtenisPanacheRepository gebeurtenissen;

    BezorgingenPersistenceAdapter(EntityManager database, GebeurtenisPanacheRepository gebeurtenissen) {
        this.database = database;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * The queues' one claim ({@link Leaseclaim}), per subscription, in the feed's order: a delivery carries
     * its event's number once the event has one (V31), and is not claimed before. The lease is written with
     * the same statement's rows.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Bezorging> claim(int max, Instant nu, Instant geclaimdTot) {
        List<UUID> ids = Leaseclaim.kies(database, "bezorging", "abonnement_id", "o.volgnummer is not null", Map.of(),
                max, nu, nu);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rijen = database.createNativeQuery("""
                        update bezorging b set geclaimd_tot = :tot
                        from abonnement a
                        where b.id in (:ids) and a.id = b.abonnement_id
                        returning b.id, b.gebeurtenis_id, b.pogingen, b.volgnummer, """
                        + AbonnementenPersistenceAdapter.KOLOMMEN, Object[].class)
                .setParameter("ids", ids)
                .setParameter("tot", Tijdstippen.opMicroseconden(geclaimdTot))
                .getResultList();
        return rijen.stream()
                .sorted((x, y) -> Long.compare(((Number) x[3]).longValue(), ((Number) y[3]).longValue()))
                .map(rij -> new Bezorging((UUID) rij[0], AbonnementenPersistenceAdapter.abonnement(rij, 4),
                        GebeurtenissenPersistenceAdapter.gebeurtenis(gebeurtenissen.findById((UUID) rij[1])),
                        ((Number) rij[2]).intValue()))
                .toList();
    }

    @Override
    public void geefVrij(UUID id) {
        database.createNativeQuery("update bezorging set geclaimd_tot = null where id = :id").setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public void gelukt(UUID id, Instant op) {
        database.createNativeQuery("""
                        update bezorging set toestand = 'afgehandeld', afgehandeld_op = :op, geclaimd_tot = null
                        where id = :id""")
                .setParameter("id", id)
                .setParameter("op", Tijdstippen.opMicroseconden(op))
                .executeUpdate();
    }

    @Override
    public void mislukt(UUID id, String fout, Instant volgendePoging) {
        database.createNativeQuery("""
                        update bezorging set pogingen = pogingen + 1, laatste_fout = :fout, volgende_poging_op = :volgende,
                            geclaimd_tot = null
                        where id = :id""")
                .setParameter("id", id)
                .setParameter("fout", fout)
                .setParameter("volgende", Tijdstippen.opMicroseconden(volgendePoging))
                .executeUpdate();
    }

    @Override
    public void parkeer(UUID id, String fout) {
        database.createNativeQuery("""
                        update bezorging set pogingen = pogingen + 1, laatste_fout = :fout, toestand = 'geparkeerd',
                            geclaimd_tot = null
                        where id = :id""")
                .setParameter("id", id)
                .setParameter("fout", fout)
                .executeUpdate();
    }

    @Override
    public boolean hervat(Gemeentecode gemeente, UUID id, Instant nu) {
        return database.createNativeQuery("""
                        update bezorging b set toestand = 'wachtend', pogingen = 0, volgende_poging_op = :nu
                        from abonnement a
                        where b.id = :id and a.id = b.abonnement_id and a.gemeente = :gemeente and b.toestand = 'geparkeerd'""")
                .setParameter("id", id)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<GeparkeerdeBezorging> geparkeerd(Gemeentecode gemeente) {
        List<Object[]> rijen = database.createNativeQuery("""
                        select b.id, b.abonnement_id, b.gebeurtenis_id, g.type, b.pogingen, b.laatste_fout
                        from bezorging b join abonnement a on a.id = b.abonnement_id
                             join gebeurtenis g on g.id = b.gebeurtenis_id
                        where a.gemeente = :gemeente and b.toestand = 'geparkeerd'
                        order by b.volgnummer""", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .getResultList();
        return rijen.stream().map(r -> new GeparkeerdeBezorging((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5])).toList();
    }
}
