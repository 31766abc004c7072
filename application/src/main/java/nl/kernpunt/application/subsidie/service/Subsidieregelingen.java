package nl.kernpunt.application.subsidie.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Begrotingsjaar;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * A gemeente's schemes: the defaults, created with Buren's amounts the first time the gemeente uses
 * the ledger, and its own;
 * shared by the read and the write side, both of which run in a transaction. A gemeente that never
 * registered reads Buren's defaults, and nothing is stored for it.
 */
final class Subsidieregelingen {

    private final SubsidieregelingRepository regelingen;
    private final GemeenteRepository gemeenten;
    private final KernRepository kernen;
    private final Clock klok;

    Subsidieregelingen(SubsidieregelingRepository regelingen, GemeenteRepository gemeenten, KernRepository kernen,
                       Clock klok) {
        this.regelingen = regelingen;
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
    }

    List<Subsidieregeling> van(Gemeentecode gemeente) {
        if (!gemeenten.bestaat(gemeente)) {
            return Arrays.stream(Regelingsoort.values()).map(soort -> Subsidieregeling.standaard(gemeente, soort, klok))
                    .toList();
        }
        legAan(gemeente);
        return regelingen.van(gemeente);
    }

    /** Adds the schemes the gemeente does not have yet, so monitoring counts them from its first application. */
    void legAan(Gemeentecode gemeente) {
        GeregistreerdeGemeente.vereis(gemeenten, gemeente);
        List<Subsidieregeling> bestaande = regelingen.van(gemeente);
        Arrays.stream(Regelingsoort.values())
                .filter(soort -> bestaande.stream().noneMatch(r -> r.is(soort)))
                .forEach(soort -> regelingen.voegToeAlsNieuw(Subsidieregeling.standaard(gemeente, soort, klok)));
    }

    /**
     * The scheme with this code. A code the gemeente does not have is the client's input error, as an
     * unknown kind was before schemes had codes (docs/adr/0029), in the path and in an application alike.
     */
    Subsidieregeling van(Gemeentecode gemeente, Regelingcode code) {
        List<Subsidieregeling> alle = van(gemeente);
        return alle.stream().filter(r -> r.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new OngeldigeWaarde("regeling", "regeling-onbekend", "is geen regeling van uw gemeente; "
                        + "die heeft " + alle.stream().map(r -> r.getCode().waarde()).collect(Collectors.joining(", "))));
    }

    /** The stored scheme a beheerder changes: a gemeente that never registered has none to change. */
    Subsidieregeling opgeslagen(Gemeentecode gemeente, Regelingcode code) {
        legAan(gemeente);
        return van(gemeente, code);
    }

    /** The pot a grant in the kern draws on (Instellingen#budgetpot, the one home of a cap). */
    Budgetpot pot(Subsidieregeling regeling, KernId kern, String ontvanger, int jaar) {
        return Instellingen.budgetpot(regeling, Optional.ofNullable(kern).flatMap(kernen::vind), ontvanger, jaar);
    }

    int ditJaar() {
        return Begrotingsjaar.dit(klok);
    }
}
