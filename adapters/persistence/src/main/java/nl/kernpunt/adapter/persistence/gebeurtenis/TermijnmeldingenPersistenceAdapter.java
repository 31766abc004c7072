package nl.kernpunt.adapter.persistence.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.port.out.Termijnmeldingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Claims with one conditional update per kind: the marker is set only where it is still empty, so of
 * two rounds at once (two instances) each item goes to exactly one; rows another round holds are
 * skipped, not waited for. Joins the caller's transaction, so the marker commits with the event.
 * The candidates are the earliest per gemeente, read from its range of the "still to report" index,
 * and then the earliest of those: the same items as one global order, without sorting the whole
 * backlog every round (docs/adr/0033).
 */
@ApplicationScoped
class TermijnmeldingenPersistenceAdapter implements Termijnmeldingen {

    // %1$s table, %2$s its deadline column, %3$s the rest of "still to report"
    private static final String KANDIDATEN = """
            select r.id from %1$s r where r.id in (
                select c.id from gemeente g cross join lateral (
                    select t.id, t.%2$s from %1$s t
                    where t.gemeente = g.code and %3$s and t.%2$s < :grens
                    order by t.%2$s, t.id limit :maximum) c
                order by c.%2$s, c.id limit :maximum)
            for update skip locked""";

    private final EntityManager database;

    TermijnmeldingenPersistenceAdapter(EntityManager database) {
        this.database = database;
    }

    @Override
    public List<Verlopen> claimVerlopenVragen(Instant nu, int maximum) {
        return claim("""
                        update vraag v set termijn_verlopen_gemeld_op = now()
                        from (%s) te_melden
                        where v.id = te_melden.id and v.termijn_verlopen_gemeld_op is null
                        returning v.gemeente, v.id, v.kern_id, v.lopende_deadline""".formatted(KANDIDATEN.formatted(
                        "vraag", "lopende_deadline", "t.termijn_verlopen_gemeld_op is null and t.spam_op is null")),
                nu, maximum);
    }

    @Override
    public List<Verlopen> claimVerlopenTerugkoppelingen(LocalDate vandaag, int maximum) {
        return claim("""
                        update bijeenkomst b set terugkoppeling_verlopen_gemeld_op = now()
                        from (%s) te_melden
                        where b.id = te_melden.id and b.terugkoppeling_verlopen_gemeld_op is null
                        returning b.gemeente, b.id, cast(null as uuid), b.terugkoppeling_uiterlijk""".formatted(
                        KANDIDATEN.formatted("bijeenkomst", "terugkoppeling_uiterlijk",
                                "t.terugkoppeling_verlopen_gemeld_op is null and t.terugkoppeling_datum is null")),
                vandaag, maximum);
    }

    private List<Verlopen> claim(String sql, Object grens, int maximum) {
        List<?> rijen = database.createNativeQuery(sql)
                .setParameter("grens", grens)
                .setParameter("maximum", maximum)
                .getResultList();
        return rijen.stream().map(rij -> verlopen((Object[]) rij)).toList();
    }

    private static Verlopen verlopen(Object[] rij) {
        Object termijn = rij[3];
        if (termijn instanceof Timestamp t) {
            termijn = t.toInstant();
        } else if (termijn instanceof OffsetDateTime t) {
            termijn = t.toInstant();
        }
        return new Verlopen(new Gemeentecode(rij[0].toString().trim()), (UUID) rij[1], (UUID) rij[2],
                termijn.toString());
    }
}
