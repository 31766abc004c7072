package nl.kernpunt.application.gemeente;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import nl.kernpunt.domain.vraag.Antwoordtermijn;

/**
 * A gemeente's settings, or the defaults should it be missing, and a kern's own where it has them
 * (000: "niet iedere kern is hetzelfde"): the one place that decides which setting applies.
 */
public final class Instellingen {

    private Instellingen() {
    }

    public static GemeenteInstellingen van(GemeenteRepository gemeenten, Gemeentecode gemeente) {
        return gemeenten.vind(gemeente).map(Gemeente::getInstellingen).orElse(GemeenteInstellingen.STANDAARD);
    }

    /** The settings of several gemeenten read in one go (a page of kernen of many gemeenten, ADR 26). */
    public static Function<Gemeentecode, GemeenteInstellingen> vanAlle(GemeenteRepository gemeenten,
                                                                       Collection<Gemeentecode> codes) {
        Map<Gemeentecode, GemeenteInstellingen> gelezen = new HashMap<>();
        gemeenten.vindAlle(codes).forEach(gemeente -> gelezen.put(gemeente.getCode(), gemeente.getInstellingen()));
        return code -> gelezen.getOrDefault(code, GemeenteInstellingen.STANDAARD);
    }

    /** The term a question in this kern gets now: the kern's own days if it has them, else the gemeente's. */
    public static Antwoordtermijn antwoordtermijn(GemeenteRepository gemeenten, Kern kern) {
        Antwoordtermijn vanGemeente = van(gemeenten, kern.getGemeente()).antwoordtermijn();
        Integer eigen = kern.getMaatwerk().antwoordtermijnDagen();
        return eigen == null ? vanGemeente : new Antwoordtermijn(eigen, vanGemeente.soort());
    }

    /** The silence threshold in a kern: its own days if it has them ({@code eigenDagen}), else the gemeente's. */
    public static int stilteDrempelDagen(GemeenteInstellingen vanGemeente, Integer eigenDagen) {
        return eigenDagen == null ? vanGemeente.stilteDrempelDagen() : eigenDagen;
    }

    public static int stilteDrempelDagen(GemeenteRepository gemeenten, Kern kern) {
        return stilteDrempelDagen(van(gemeenten, kern.getGemeente()), kern.getMaatwerk().stilteDrempelDagen());
    }

    /** The moments before which the last contact makes a thing silent now, for the list filters. */
    public static Stiltegrenzen stiltegrenzen(GemeenteRepository gemeenten, KernRepository kernen,
                                              Gemeentecode gemeente, Instant nu) {
        Map<KernId, Instant> eigen = new HashMap<>();
        kernen.metEigenStilteDrempel(gemeente).forEach(kern -> eigen.put(kern.getId(),
                nu.minus(Duration.ofDays(kern.getMaatwerk().stilteDrempelDagen()))));
        return new Stiltegrenzen(nu.minus(Duration.ofDays(van(gemeenten, gemeente).stilteDrempelDagen())), eigen);
    }

    /**
     * The pot a grant in this kern draws on: for the leefbaarheidsbudget the kern's own amount is its
     * pot's cap where it has one, else the scheme's amount; for a scheme of the gemeente's own the
     * scheme's amount, per recipient where it is an allowance, per named organisation (ontvanger) where each has its own
     * (Subsidieregeling#pot keys the pot). Every cap lookup (grant, remaining budget)
     * comes here; monitoring sums the same rule in its query (SubsidieRepository#tel).
     */
    public static Budgetpot budgetpot(Subsidieregeling regeling, Optional<Kern> kern, String ontvanger, int jaar) {
        Budgetpot vanRegeling = regeling.pot(kern.map(Kern::getId).orElse(null), ontvanger, jaar);
        return kern.map(Kern::getMaatwerk).map(Maatwerk::leefbaarheidsbudget)
                .filter(eigen -> regeling.is(Regelingsoort.LEEFBAARHEIDSBUDGET))
                .map(vanRegeling::metPlafond)
                .orElse(vanRegeling);
    }
}
