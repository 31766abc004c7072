package nl.kernpunt.application.subsidie.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Begrotingsjaar;
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
        legAan(gemeente);
        return regelingen.van(gemeente);
    }

    /** Adds the schemes the gemeente does not have yet, so monitoring counts them from its first application. */
    void legAan(Gemeentecode gemeente) {
        List<Subsidieregeling> bestaande = regelingen.van(gemeente);
        Arrays.stream(Regelingsoort.values())
                .filter(soort -> bestaande.stream().noneMatch(r -> r.getSoort() == soort))
                .forEach(soort -> regelingen.voegToeAlsNieuw(Subsidieregeling.standaard(gemeente, soort, klok)));
    }

    Subsidieregeling van(Gemeentecode gemeente, Regelingsoort soort) {
        return van(gemeente).stream().filter(r -> r.getSoort() == soort).findFirst().orElseThrow();
    }

    int ditJaar() {
        return Begrotingsjaar.dit(klok);
    }
}
