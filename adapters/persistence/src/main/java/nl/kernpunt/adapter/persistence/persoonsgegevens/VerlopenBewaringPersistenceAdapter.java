package nl.kernpunt.adapter.persistence.persoonsgegevens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.persoonsgegevens.port.out.VerlopenBewaring;
import nl.kernpunt.domain.gemeente.Bewaartermijnen;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.vraag.VraagId;

/**
 * Closure is the last transition into a closed status; the term is added in calendar months in UTC,
 * the gemeente's or, for a row from before the setting, the default. A claimed row stays locked
 * until the transaction ends; the mark written in it then keeps it out of every later claim (also
 * one whose snapshot predates the commit: Postgres re-checks a locked row's own conditions).
 */
@ApplicationScoped
class VerlopenBewaringPersistenceAdapter implements VerlopenBewaring {

    // %1$s table, %2$s closed statuses, %3$s closure moment of row r, %4$s the gemeente's term column
    private static final String CLAIM = """
            select r.id from %1$s r join gemeente g on g.code = r.gemeente
            where r.bewaartermijn_verstreken_op is null and r.status in (%2$s)
              and ((%3$s) at time zone 'UTC'
                   + make_interval(months => coalesce(g.%4$s, :standaard))) at time zone 'UTC' <= :nu
            order by r.id
            limit :max
            for update of r skip locked""";

    // Hibernate's JSON writes an Instant as epoch seconds; an ISO string is read too
    private static final String JSON_MOMENT = "case jsonb_typeof(o->'op') when 'number'"
            + " then to_timestamp((o->>'op')::numeric) else (o->>'op')::timestamptz end";

    private final EntityManager entityManager;

    VerlopenBewaringPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<InitiatiefId> claimInitiatieven(Instant nu, int max) {
        return claim(CLAIM.formatted("initiatief", "'AFGEROND', 'AFGEWEZEN', 'INGETROKKEN'",
                        "select max(s.op) from initiatief_statusovergang s where s.initiatief_id = r.id",
                        "bewaartermijn_initiatief_maanden"),
                Bewaartermijnen.STANDAARD.initiatiefMaanden(), nu, max).stream().map(InitiatiefId::new).toList();
    }

    @Override
    public List<VraagId> claimVragen(Instant nu, int max) {
        return claim(CLAIM.formatted("vraag", "'BEANTWOORD', 'GESLOTEN'",
                        "select max(" + JSON_MOMENT + ") from jsonb_array_elements(r.statushistorie) o"
                                + " where o->>'naar' in ('BEANTWOORD', 'GESLOTEN')",
                        "bewaartermijn_vraag_maanden"),
                Bewaartermijnen.STANDAARD.vraagMaanden(), nu, max).stream().map(VraagId::new).toList();
    }

    @Override
    public void markeer(InitiatiefId id, Instant op) {
        markeer("initiatief", id.waarde(), op);
    }

    @Override
    public void markeer(VraagId id, Instant op) {
        markeer("vraag", id.waarde(), op);
    }

    private List<UUID> claim(String sql, int standaard, Instant nu, int max) {
        return entityManager.createNativeQuery(sql, UUID.class)
                .setParameter("standaard", standaard)
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("max", max)
                .getResultList();
    }

    private void markeer(String tabel, UUID id, Instant op) {
        entityManager.createNativeQuery("update " + tabel + " set bewaartermijn_verstreken_op = :op where id = :id")
                .setParameter("op", Tijdstippen.opMicroseconden(op))
                .setParameter("id", id)
                .executeUpdate();
    }
}
