package nl.kernpunt.application.kernagenda.port.out;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Kernagenda;

/** The kernagenda port in memory; it reads the kernen's archived flag from the kern port, as the database joins it. */
public class InMemoryKernagendaRepository implements KernagendaRepository {

    private final Map<KernId, Kernagenda> opslag = new ConcurrentHashMap<>();
    private final KernRepository kernen;

    public InMemoryKernagendaRepository(KernRepository kernen) {
        this.kernen = kernen;
    }

    @Override
    public Optional<Kernagenda> vind(KernId kern) {
        return Optional.ofNullable(opslag.get(kern)).map(a -> kopie(a, a.getVersie()));
    }

    @Override
    public Kernagenda voegToe(Kernagenda agenda) {
        if (opslag.putIfAbsent(agenda.getKern(), kopie(agenda, 0)) != null) {
            throw new RegelGeschonden("kernagenda-gelijktijdig-gewijzigd", "al vastgelegd");
        }
        return vind(agenda.getKern()).orElseThrow();
    }

    @Override
    public Kernagenda bewaar(Kernagenda agenda) {
        Kernagenda opgeslagen = opslag.get(agenda.getKern());
        if (opgeslagen == null || opgeslagen.getVersie() != agenda.getVersie()) {
            throw new VersieVerouderd("kernagenda", agenda.getKern());
        }
        opslag.put(agenda.getKern(), kopie(agenda, agenda.getVersie() + 1));
        return vind(agenda.getKern()).orElseThrow();
    }

    @Override
    public long telKernenMetAgenda(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(a -> a.getGemeente().equals(bereik.gemeente()) && a.heeftAgenda())
                .filter(a -> bereik.kern().map(a.getKern()::equals).orElse(true))
                .filter(a -> kernen.vind(a.getKern()).filter(k -> !k.isGearchiveerd()).isPresent())
                .count();
    }

    private static Kernagenda kopie(Kernagenda a, long versie) {
        return Kernagenda.reconstitute(a.getKern(), a.getGemeente(), a.getThemas(), a.getCanvas(), a.getGewijzigdOp(), versie);
    }
}
