package nl.kernpunt.application.subsidie.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * A gemeente's schemes, created with Buren's amounts the first time the gemeente uses the ledger;
 * shared by the read and the write side, both of which run in a transaction.
 */
final class Subsidieregelingen {

    private final SubsidieregelingRepository regelingen;
    private final Clock klok;

    Subsidieregelingen(SubsidieregelingRepository regelingen, Clock klok) {
        this.regelingen = regelingen;
        this.klok = klok;
    }

    List<Subsidieregeling> van(Gemeentecode gemeente) {
        List<Subsidieregeling> bestaande = regelingen.van(gemeente);
        if (bestaande.size() == Regelingsoort.values().length) {
            return bestaande;
        }
        Arrays.stream(Regelingsoort.values())
                .filter(soort -> bestaande.stream().noneMatch(r -> r.getSoort() == soort))
                .forEach(soort -> regelingen.voegToeAlsNieuw(Subsidieregeling.standaard(gemeente, soort, klok)));
        return regelingen.van(gemeente);
    }

    Subsidieregeling van(Gemeentecode gemeente, Regelingsoort soort) {
        return van(gemeente).stream().filter(r -> r.getSoort() == soort).findFirst().orElseThrow();
    }

    /** Budget years are calendar years in the Netherlands. */
    int ditJaar() {
        return Periode.vandaag(klok).getYear();
    }
}
