package nl.kernpunt.application.monitoring.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Streefcijfers;

/** The targets in memory: one per gemeente, versioned as in the database. */
public class InMemoryStreefcijferRepository implements StreefcijferRepository {

    private final Map<Gemeentecode, Streefcijfers> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Streefcijfers> vind(Gemeentecode gemeente) {
        return Optional.ofNullable(opslag.get(gemeente)).map(s -> kopie(s, s.getVersie()));
    }

    @Override
    public void voegToeAlsNieuw(Streefcijfers streefcijfers) {
        opslag.putIfAbsent(streefcijfers.getGemeente(), kopie(streefcijfers, 0));
    }

    @Override
    public synchronized Streefcijfers bewaar(Streefcijfers streefcijfers) {
        Streefcijfers opgeslagen = opslag.get(streefcijfers.getGemeente());
        if (opgeslagen == null || opgeslagen.getVersie() != streefcijfers.getVersie()) {
            throw new VersieVerouderd("streefcijfers", streefcijfers.getGemeente().waarde());
        }
        opslag.put(streefcijfers.getGemeente(), kopie(streefcijfers, streefcijfers.getVersie() + 1));
        return vind(streefcijfers.getGemeente()).orElseThrow();
    }

    private static Streefcijfers kopie(Streefcijfers s, long versie) {
        return Streefcijfers.reconstitute(s.getId(), s.getGemeente(), s.getWaarden(), s.getAangemaaktOp(),
                s.getGewijzigdOp(), versie);
    }
}
