package nl.kernpunt.application.gemeente.port.out;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The gemeente port in memory, with the same versioning as the database. */
public class InMemoryGemeenteRepository implements GemeenteRepository {

    private final Map<Gemeentecode, Gemeente> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Gemeente> vind(Gemeentecode code) {
        return Optional.ofNullable(opslag.get(code)).map(g -> kopie(g, g.getVersie()));
    }

    @Override
    public List<Gemeente> vindAlle(Collection<Gemeentecode> codes) {
        return codes.stream().distinct().map(this::vind).flatMap(Optional::stream).toList();
    }

    @Override
    public boolean bestaat(Gemeentecode code) {
        return opslag.containsKey(code);
    }

    @Override
    public Gemeente voegToe(Gemeente gemeente) {
        opslag.put(gemeente.getCode(), kopie(gemeente, 0));
        return vind(gemeente.getCode()).orElseThrow();
    }

    @Override
    public Gemeente bewaar(Gemeente gemeente) {
        Gemeente opgeslagen = opslag.get(gemeente.getCode());
        if (opgeslagen == null || opgeslagen.getVersie() != gemeente.getVersie()) {
            throw new VersieVerouderd("gemeente", gemeente.getCode());
        }
        opslag.put(gemeente.getCode(), kopie(gemeente, gemeente.getVersie() + 1));
        return vind(gemeente.getCode()).orElseThrow();
    }

    @Override
    public Pagina<Gemeente> zoek(PaginaVerzoek verzoek) {
        return InMemoryPaginering.pagina(opslag.values().stream(), Comparator.comparing(g -> g.getCode().waarde()),
                g -> g.getCode().waarde(), verzoek, "gemeenten");
    }

    private static Gemeente kopie(Gemeente g, long versie) {
        return Gemeente.reconstitute(g.getCode(), g.getNaam(), g.getRsin(), g.getInstellingen(),
                g.getAangemaaktOp(), g.getGewijzigdOp(), versie);
    }
}
