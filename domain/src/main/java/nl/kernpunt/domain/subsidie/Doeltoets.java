package nl.kernpunt.domain.subsidie;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;

/**
 * A scheme's purpose test: the criteria a decision on it must address. Empty for a scheme without
 * one, which is how every scheme starts; the gemeente sets its own. The one home of the rules for
 * answering it.
 */
public record Doeltoets(List<Doelcriterium> criteria) {

    public static final int MAX_CRITERIA = 10;
    public static final Doeltoets GEEN = new Doeltoets(List.of());

    public Doeltoets {
        criteria = Invoer.lijst("doeltoets", criteria, MAX_CRITERIA);
        if (criteria.stream().map(Doelcriterium::code).distinct().count() < criteria.size()) {
            throw new OngeldigeWaarde("doeltoets", "dubbel", "elk criterium van de doeltoets heeft een eigen code");
        }
    }

    public boolean isLeeg() {
        return criteria.isEmpty();
    }

    /**
     * A grant answers every criterion once, and each is met; a criterion not met refuses the grant
     * (the application is then refused with the answers recorded).
     */
    public List<Doeltoetsantwoord> vereisVoldaan(List<Doeltoetsantwoord> antwoorden) {
        List<Doeltoetsantwoord> geldig = vereisBekend(antwoorden);
        String ontbrekend = criteria.stream().map(Doelcriterium::code)
                .filter(code -> geldig.stream().noneMatch(a -> a.criterium().equals(code)))
                .collect(Collectors.joining(", "));
        if (!ontbrekend.isEmpty()) {
            throw new OngeldigeWaarde("doeltoets", "doeltoets-onvolledig",
                    "beantwoord elk criterium van de doeltoets van de regeling; ontbreekt: " + ontbrekend);
        }
        String nietVoldaan = geldig.stream().filter(a -> !a.voldoet()).map(Doeltoetsantwoord::criterium)
                .collect(Collectors.joining(", "));
        if (!nietVoldaan.isEmpty()) {
            throw new RegelGeschonden("doeltoets-niet-voldaan", "de aanvraag voldoet niet aan de doeltoets ("
                    + nietVoldaan + "); wijs haar af met deze antwoorden");
        }
        return geldig;
    }

    /** Answers, complete or not, name only this test's criteria, each at most once. */
    public List<Doeltoetsantwoord> vereisBekend(List<Doeltoetsantwoord> antwoorden) {
        List<Doeltoetsantwoord> geldig = Invoer.lijst("doeltoets", antwoorden, MAX_CRITERIA);
        if (isLeeg() && !geldig.isEmpty()) {
            throw new OngeldigeWaarde("doeltoets", "niet-van-toepassing", "deze regeling heeft geen doeltoets");
        }
        Set<String> codes = criteria.stream().map(Doelcriterium::code).collect(Collectors.toSet());
        String onbekend = geldig.stream().map(Doeltoetsantwoord::criterium).filter(c -> !codes.contains(c))
                .distinct().collect(Collectors.joining(", "));
        if (!onbekend.isEmpty()) {
            throw new OngeldigeWaarde("doeltoets", "doelcriterium-onbekend",
                    "geen criterium van de doeltoets van deze regeling: " + onbekend);
        }
        if (geldig.stream().map(Doeltoetsantwoord::criterium).distinct().count() < geldig.size()) {
            throw new OngeldigeWaarde("doeltoets", "dubbel", "beantwoord elk criterium hoogstens een keer");
        }
        return geldig;
    }
}
