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
 * Closure is the last transition into a closed status, kept in {@code bewaring_vanaf} by V28's
 * triggers; the term is added in calendar months in UTC, the gemeente's or, for a row from before the
 * setting, the default. The claim walks each gemeente's index range of unhandled closures, oldest
 * first, so a batch reads what it claims, not every closed record (docs/adr/0033). A claimed row stays
 * locked until the transaction ends; the mark written in it then keeps it out of every later claim
 * (also one whose snapshot predates the commit: Postgres re-checks a locked row's own conditions).
 */
@ApplicationScoped
class VerlopenBewaringPersistenceAdapter implements VerlopenBewaring {

    // %1$s table, %2$s closed statuses, %3$s the gemeente's term column. Adding months clamps to the
    // month's last day, so a closure up to 3 days after "now minus the term" may still be due: that
    // bound is the index range, the exact term the filter.
    private static final String CLAIM = """
            select c.id from gemeente g cross join lateral (
                select r.id from %1$s r
                where r.gemeente = g.code and r.bewaartermijn_verstreken_op is null and r.bewaring_vanaf is not null
                  and r.bewaring_vanaf <= (cast(:nu as timestamptz) at time zone 'UTC'
                        - make_interval(months => coalesce(g.%3$s, :standaard)) + interval '3 days') at time zone 'UTC'
                  and (r.bewaring_vanaf at time zone 'UTC'
                       + make_interval(months => coalesce(g.%3$s, :standaard))) at time zone 'UTC' <= :nu
                  and r.status in (%2$s)
                order by r.bewaring_vanaf
                limit :max
                for update of r skip locked) c
            limit :max""";

    private final EntityManager entityManager;

    VerlopenBewaringPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<InitiatiefId> claimInitiatieven(Instant nu, int max) {
        return claim(CLAIM.formatted("initiatief", "'AFGEROND', 'AFGEWEZEN', 'INGETROKKEN'",
                        "bewaartermijn_initiatief_maanden"),
                Bewaartermijnen.STANDAARD.initiatiefMaanden(), nu, max).stream().map(InitiatiefId::new).toList();
    }

    @Override
    public List<VraagId> claimVragen(Instant nu, int max) {
        return claim(CLAIM.formatted("vraag", "'BEANTWOORD', 'GESLOTEN'", "bewaartermijn_vraag_maanden"),
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
