package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.IntStream;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;

/**
 * Reads one monitoring section from the rollup per gemeente (and kern) and Dutch day (V27,
 * docs/adr/0030): the folded stand plus the deltas not folded yet, in one statement, so a fold
 * running meanwhile cannot make a figure count twice or not at all. The gemeente as a whole is
 * the rows without a kern, so its cost grows with the period's days, not with its initiatives.
 */
public final class Grootboek {

    private static final String BRON = """
            select dag, soort, rol, termijn, aantal from %1$s
            where gemeente = :gemeente and sectie = :sectie and %2$s and dag >= :van and dag < :tot""";

    private final List<String> kolommen;
    private final String kernConditie;
    private final Voorwaarden parameters = new Voorwaarden();
    private String aanvulling = "";

    private Grootboek(List<String> kolommen, String kernConditie) {
        this.kolommen = kolommen;
        this.kernConditie = kernConditie;
    }

    /**
     * The section's sums grouped by {@code kolommen}, expressions over the rollup's {@code dag, soort,
     * rol, termijn} (e.g. {@code "soort", "rol"}); each result row is those values followed by the sum.
     */
    public static Grootboek van(String sectie, Monitoringbereik bereik, String... kolommen) {
        Grootboek grootboek = new Grootboek(List.of(kolommen), kernConditie(bereik));
        grootboek.parameters.met("gemeente", bereik.gemeente().waarde()).met("sectie", sectie)
                .met("van", bereik.periode().van()).met("tot", bereik.periode().tot());
        bereik.kern().ifPresent(kern -> grootboek.parameters.met("kern", kern.waarde()));
        return grootboek;
    }

    /** The SQL condition that picks the scope's rows: the kern's own, or the gemeente-wide ones. */
    public static String kernConditie(Monitoringbereik bereik) {
        return bereik.kern().isPresent() ? "kern_id = :kern" : "kern_id is null";
    }

    /** A parameter the group columns or the {@link #aangevuld} rows use. */
    public Grootboek met(String parameter, Object waarde) {
        parameters.met(parameter, waarde);
        return this;
    }

    /**
     * Rows counted from a source table at read time, added to the rollup's: a select of {@code dag,
     * soort, rol, termijn, aantal} for what cannot be rolled up (it depends on the moment of reading).
     */
    public Grootboek aangevuld(String select) {
        aanvulling = " union all " + select;
        return this;
    }

    public List<Object[]> rijen(EntityManager entityManager) {
        String sql = "select " + String.join(", ", kolommen) + ", sum(aantal) from ("
                + BRON.formatted("monitoring_stand", kernConditie) + " union all "
                + BRON.formatted("monitoring_delta", kernConditie) + aanvulling
                + ") r group by " + posities() + " having sum(aantal) <> 0";
        var query = entityManager.createNativeQuery(sql, Object[].class);
        parameters.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = query.getResultList();
        return rijen;
    }

    /** {@code group by 1, 2, …}: one position per group column. */
    private String posities() {
        return String.join(", ", IntStream.rangeClosed(1, kolommen.size()).mapToObj(Integer::toString).toList());
    }
}
