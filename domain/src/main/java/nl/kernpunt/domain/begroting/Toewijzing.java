package nl.kernpunt.domain.begroting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * How a closed round divides its amount, deterministically: accepted ideas with at least one vote,
 * most votes first; on equal votes the cheaper idea first (more of the budget stays for others),
 * then the earlier submitted, then the lower id, so the order is total. Each idea in turn is chosen
 * when its cost fits what is left, and otherwise skipped while the next ones are still tried.
 */
public final class Toewijzing {

    /** One accepted idea in the result. */
    public record Regel(IdeeId idee, Bedrag kosten, long stemmen, Instant ingediendOp, boolean gekozen) {
    }

    private static final Comparator<Regel> VOLGORDE = Comparator.comparingLong(Regel::stemmen).reversed()
            .thenComparing(Regel::kosten)
            .thenComparing(Regel::ingediendOp)
            .thenComparing(r -> r.idee().waarde());

    private final List<Regel> regels;

    private Toewijzing(List<Regel> regels) {
        this.regels = List.copyOf(regels);
    }

    /** @param stemmen votes per idea; an idea nobody voted for is absent or 0 */
    public static Toewijzing bereken(Bedrag bedrag, List<Begrotingsidee> ideeen, Map<IdeeId, Long> stemmen) {
        List<Regel> kandidaten = ideeen.stream().filter(Begrotingsidee::isAanvaard)
                .map(i -> new Regel(i.getId(), i.getKosten(), stemmen.getOrDefault(i.getId(), 0L),
                        i.getIngediendOp(), false))
                .sorted(VOLGORDE).toList();
        Bedrag over = bedrag;
        List<Regel> uitslag = new ArrayList<>();
        for (Regel kandidaat : kandidaten) {
            boolean gekozen = kandidaat.stemmen() > 0 && !kandidaat.kosten().isMeerDan(over);
            if (gekozen) {
                over = over.rest(kandidaat.kosten());
            }
            uitslag.add(new Regel(kandidaat.idee(), kandidaat.kosten(), kandidaat.stemmen(),
                    kandidaat.ingediendOp(), gekozen));
        }
        return new Toewijzing(uitslag);
    }

    /** Every accepted idea in the order it was considered. */
    public List<Regel> regels() {
        return regels;
    }

    public List<Regel> gekozen() {
        return regels.stream().filter(Regel::gekozen).toList();
    }

    public Bedrag toegewezen() {
        return gekozen().stream().map(Regel::kosten).reduce(Bedrag.NUL, Bedrag::plus);
    }
}
