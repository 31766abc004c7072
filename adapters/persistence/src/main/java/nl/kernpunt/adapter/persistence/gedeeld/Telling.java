package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import org.jboss.logging.Logger;

/**
 * One native aggregate query of a monitoring section: PostgreSQL counts ({@code count(*) filter},
 * {@code group by}) and only the few result rows come back. The scope's gemeente and optional kern
 * are the first conditions of every section, under the column names the section passes.
 */
public final class Telling {

    /** Diagnostics only: {@code -Dkernpunt.monitoring.uitleggen=true} logs EXPLAIN ANALYZE of every count. */
    private static final boolean UITLEGGEN = Boolean.getBoolean("kernpunt.monitoring.uitleggen");
    private static final Logger LOG = Logger.getLogger(Telling.class);

    private final String select;
    private final Voorwaarden voorwaarden = new Voorwaarden();

    private Telling(String select) {
        this.select = select;
    }

    /**
     * {@code select} is the statement up to and without its where clause; the gemeente column is
     * compared with {@code :gemeente}, and {@code kernConditie} (with {@code :kern}) is added for a kern.
     */
    public static Telling van(String select, String gemeenteKolom, String kernConditie, Monitoringbereik bereik) {
        Telling telling = new Telling(select);
        telling.voorwaarden.en(gemeenteKolom + " = :gemeente").met("gemeente", bereik.gemeente().waarde());
        bereik.kern().ifPresent(kern -> telling.voorwaarden.en(kernConditie).met("kern", kern.waarde()));
        return telling;
    }

    public Telling en(String conditie) {
        voorwaarden.en(conditie);
        return this;
    }

    public Telling en(String conditie, String parameter, Object waarde) {
        voorwaarden.en(conditie).met(parameter, waarde);
        return this;
    }

    /** A parameter the select list uses. */
    public Telling met(String parameter, Object waarde) {
        voorwaarden.met(parameter, waarde);
        return this;
    }

    /** The result rows; {@code groepering} follows the where clause (e.g. {@code group by status}), may be empty. */
    public List<Object[]> rijen(EntityManager entityManager, String groepering) {
        String sql = select + " where " + voorwaarden.hql() + " " + groepering;
        if (UITLEGGEN) {
            legUit(entityManager, sql);
        }
        var query = entityManager.createNativeQuery(sql, Object[].class);
        voorwaarden.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen;
    }

    /** The one result row of a statement without grouping. */
    public Object[] rij(EntityManager entityManager) {
        return rijen(entityManager, "").get(0);
    }

    /** Logs the plan PostgreSQL chose and what it cost, for choosing indexes (docs/adr/0011). */
    private void legUit(EntityManager entityManager, String sql) {
        var uitleg = entityManager.createNativeQuery("explain (analyze, buffers) " + sql, String.class);
        voorwaarden.parameters().forEach(uitleg::setParameter);
        @SuppressWarnings("unchecked")
        List<String> plan = uitleg.getResultList();
        LOG.infof("%s%n%s", sql, String.join("\n", plan));
    }

    public static long aantal(Object kolom) {
        return ((Number) kolom).longValue();
    }
}
