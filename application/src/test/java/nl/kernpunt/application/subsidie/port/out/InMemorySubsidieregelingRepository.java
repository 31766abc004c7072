package nl.kernpunt.application.subsidie.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/** The schemes in memory: one per gemeente and code, versioned as in the database. */
public class InMemorySubsidieregelingRepository implements SubsidieregelingRepository {

    private record Sleutel(Gemeentecode gemeente, Regelingcode code) {
    }

    private final Map<Sleutel, Subsidieregeling> opslag = new ConcurrentHashMap<>();

    @Override
    public List<Subsidieregeling> van(Gemeentecode gemeente) {
        return opslag.values().stream().filter(r -> r.getGemeente().equals(gemeente))
                .sorted(Comparator.comparing(Subsidieregeling::getCode, Regelingcode.VOLGORDE))
                .map(r -> kopie(r, r.getVersie())).toList();
    }

    @Override
    public Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingcode code) {
        return Optional.ofNullable(opslag.get(new Sleutel(gemeente, code))).map(r -> kopie(r, r.getVersie()));
    }

    @Override
    public boolean voegToeAlsNieuw(Subsidieregeling regeling) {
        return opslag.putIfAbsent(new Sleutel(regeling.getGemeente(), regeling.getCode()), kopie(regeling, 0)) == null;
    }

    @Override
    public synchronized Subsidieregeling bewaar(Subsidieregeling regeling) {
        Sleutel sleutel = new Sleutel(regeling.getGemeente(), regeling.getCode());
        Subsidieregeling opgeslagen = opslag.get(sleutel);
        if (opgeslagen == null || !opgeslagen.getId().equals(regeling.getId())
                || opgeslagen.getVersie() != regeling.getVersie()) {
            throw new VersieVerouderd("subsidieregeling", regeling.getId());
        }
        opslag.put(sleutel, kopie(regeling, regeling.getVersie() + 1));
        return vind(regeling.getGemeente(), regeling.getCode()).orElseThrow();
    }

    private static Subsidieregeling kopie(Subsidieregeling r, long versie) {
        return Subsidieregeling.reconstitute(r.getId(), r.getGemeente(), r.getCode(), r.getBudgetsoort(),
                r.getOntvangersoort().orElse(null), r.getUitgeslotenKosten(), r.getNaam(), r.getBedrag(), r.getDoeltoets(),
                r.isGearchiveerd(), r.getAangemaaktOp(), r.getGewijzigdOp(), versie);
    }
}
