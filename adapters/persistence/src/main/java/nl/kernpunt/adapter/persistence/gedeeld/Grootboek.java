package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
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
            select dag, soort, detail, termijn, aantal, centen from %1$s
            where gemeente = :gemeente and sectie = :sectie and %2$s and dag >= :van and dag < :tot""";

    private final List<String> kolommen;
    private final String kernConditie;
    private final Voorwaarden parameters = new Voorwaarden();

    private Grootboek(List<String> kolommen, String kernConditie) {
        this.kolommen = kolommen;
        this.kernConditie = kernConditie;
    }

    /**
     * The section's sums over the scope's period, grouped by {@code kolommen}: expressions over the
     * rollup's {@code dag, soort, detail, termijn} (e.g. {@code "soort", "detail"}); each result row is
     * those values followed by the count and the amount in cents.
     */
    public static Grootboek van(String sectie, Monitoringbereik bereik, String... kolommen) {
        return over(sectie, bereik, bereik.periode().van(), bereik.periode().tot(), kolommen);
    }

    /** As {@link #van}, over the days from {@code van} up to {@code tot} instead of the scope's period. */
    public static Grootboek over(String sectie, Monitoringbereik bereik, LocalDate van, LocalDate tot,
                                 String... kolommen) {
        Grootboek grootboek = new Grootboek(List.of(kolommen), kernConditie(bereik));
        grootboek.parameters.met("gemeente", bereik.gemeente().waarde()).met("sectie", sectie)
                .met("van", van).met("tot", tot);
        bereik.kern().ifPresent(kern -> grootboek.parameters.met("kern", kern.waarde()));
        return grootboek;
    }

    /** The SQL condition that picks the scope's rows: the kern's own, or the gemeente-wide ones. */
    private static String kernConditie(Monitoringbereik bereik) {
        return bereik.kern().isPresent() ? "kern_id = :kern" : "kern_id is null";
    }

    /** A parameter the group columns use. */
    public Grootboek met(String parameter, Object waarde) {
        parameters.met(parameter, waarde);
        return this;
    }

    /** The rollup's rows in scope, ungrouped, for a statement that joins them; bind with {@link #bind}. */
    public String bron() {
        return BRON.formatted("monitoring_stand", kernConditie) + " union all "
                + BRON.formatted("monitoring_delta", kernConditie);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.parameters().forEach(query::setParameter);
        return query;
    }

    public List<Object[]> rijen(EntityManager entityManager) {
        String posities = String.join(", ",
                IntStream.rangeClosed(1, kolommen.size()).mapToObj(Integer::toString).toList());
        String sql = "select " + String.join(", ", kolommen) + ", sum(aantal), sum(centen) from (" + bron()
                + ") r group by " + posities + " having sum(aantal) <> 0 or sum(centen) <> 0";
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = bind(entityManager.createNativeQuery(sql, Object[].class)).getResultList();
        return rijen;
    }
}
