package nl.kernpunt.domain.subsidie;

import java.time.LocalDate;
import nl.kernpunt.domain.gedeeld.Invoer;

/**
 * The street or neighbourhood event a straatbijeenkomst contribution is for: where, what, for whom,
 * when, and whether every resident of the area is welcome (no closed parties).
 */
public record Straatbijeenkomst(String straatOfBuurt, String activiteit, String doelgroep, LocalDate datum,
                                boolean openVoorAlleBewoners) {

    public Straatbijeenkomst {
        straatOfBuurt = Invoer.verplicht("bijeenkomst.straatOfBuurt", straatOfBuurt, 100);
        activiteit = Invoer.verplicht("bijeenkomst.activiteit", activiteit, 200);
        doelgroep = Invoer.verplicht("bijeenkomst.doelgroep", doelgroep, 100);
        Invoer.nietNull("bijeenkomst.datum", datum);
    }

    /** The same event for the once-a-year rule: same street, and the same activity or the same target group. */
    public boolean isZelfdeAls(Straatbijeenkomst andere) {
        return straatOfBuurt.equalsIgnoreCase(andere.straatOfBuurt)
                && (activiteit.equalsIgnoreCase(andere.activiteit) || doelgroep.equalsIgnoreCase(andere.doelgroep));
    }
}
