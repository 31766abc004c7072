package nl.kernpunt.application.subsidie.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/** The schemes in memory: one per gemeente and kind, versioned as in the database. */
public class InMemorySubsidieregelingRepository implements SubsidieregelingRepository {

    private record Sleutel(Gemeentecode gemeente, Regelingsoort soort) {
    }

    private final Map<Sleutel, Subsidieregeling> opslag = new ConcurrentHashMap<>();

    @Override
    public List<Subsidieregeling> van(Gemeentecode gemeente) {
        return opslag.values().stream().filter(r -> r.getGemeente().equals(gemeente))
                .sorted(Comparator.comparing(Subsidieregeling::getSoort)).map(r -> kopie(r, r.getVersie())).toList();
    }

    @Override
    public Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingsoort soort) {
        return Optional.ofNullable(opslag.get(new Sleutel(gemeente, soort))).map(r -> kopie(r, r.getVersie()));
    }

    @Override
    public void voegToeAlsNieuw(Subsidieregeling regeling) {
        opslag.putIfAbsent(new Sleutel(regeling.getGemeente(), regeling.getSoort()), kopie(regeling, 0));
    }

    @Override
    public synchronized Subsidieregeling bewaar(Subsidieregeling regeling) {
        Sleutel sleutel = new Sleutel(regeling.getGemeente(), regeling.getSoort());
        Subsidieregeling opgeslagen = opslag.get(sleutel);
        if (opgeslagen == null || !opgeslagen.getId().equals(regeling.getId())
                || opgeslagen.getVersie() != regeling.getVersie()) {
            throw new VersieVerouderd("subsidieregeling", regeling.getId());
        }
        opslag.put(sleutel, kopie(regeling, regeling.getVersie() + 1));
        return vind(regeling.getGemeente(), regeling.getSoort()).orElseThrow();
    }

    private static Subsidieregeling kopie(Subsidieregeling r, long versie) {
        return Subsidieregeling.reconstitute(r.getId(), r.getGemeente(), r.getSoort(), r.getNaam(), r.getBedrag(), r.getDoeltoets(),
                r.getAangemaaktOp(), r.getGewijzigdOp(), versie);
    }
}
