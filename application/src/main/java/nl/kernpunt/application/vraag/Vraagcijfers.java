package nl.kernpunt.application.vraag;

import java.math.BigDecimal;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;

/**
 * How the questions received in a period stand against their answer term (docs/adr/0009). Every
 * figure counts among {@code ontvangen}: {@code binnenTermijn} got their first procesantwoord or
 * answer on or before the deadline, {@code teLaatBeantwoord} after it, and {@code openVerlopen}
 * have had no reaction and are past their running deadline at the moment of counting. A question
 * closed without any reaction counts in none of the three.
 */
public record Vraagcijfers(long ontvangen, long binnenTermijn, long teLaatBeantwoord, long openVerlopen) {

    /** These figures with {@code aantal} more open questions past their deadline: today's, counted at the read. */
    public Vraagcijfers metOpenVerlopen(long aantal) {
        return new Vraagcijfers(ontvangen, binnenTermijn, teLaatBeantwoord, openVerlopen + aantal);
    }

    /** Overdue in the monitoring sense: answered late, or still open past the deadline. */
    public long overschreden() {
        return teLaatBeantwoord + openVerlopen;
    }

    /** Of all questions received, not only the settled ones: a young open question waits in the base. Null without questions. */
    public BigDecimal percentageBinnenTermijn() {
        return Aantallen.percentage(binnenTermijn, ontvangen);
    }
}
